package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.domain.Contact;
import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import de.foerderlotse.municipality.events.TenantEvents;
import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Municipalities are public reference data inside the county: every signed-in user reads them
 * (projects name partners by AGS). Only a municipality itself or a coordinator changes its contact.
 */
@ApplicationScoped
public class MunicipalityService {

  private final TenantEvents events;
  private final Clock clock;

  public MunicipalityService(TenantEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public List<Municipality> list(MunicipalityKind kind, String countyAgs) {
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (kind != null) {
      query.append(" and kind = :kind");
      parameters.and("kind", kind);
    }
    if (countyAgs != null) {
      query.append(" and (countyAgs = :county or ags = :county)");
      parameters.and("county", countyAgs);
    }
    return Municipality.list(query.toString(), Sort.by("name"), parameters);
  }

  @Transactional
  public Municipality get(String ags) {
    return Municipality.<Municipality>findByIdOptional(ags)
        .orElseThrow(() -> DomainException.notFound("Die Kommune", ags));
  }

  @Transactional
  public Municipality changeContact(
      Actor actor, String ags, Long expectedVersion, Contact contact) {
    Tenancy.requireWriter(actor);
    if (actor.isMunicipality() && !actor.ags().equals(ags)) {
      throw DomainException.forbidden(
          "Sie dürfen nur die Angaben Ihrer eigenen Kommune (" + actor.ags() + ") ändern.");
    }
    Municipality municipality = get(ags);
    if (expectedVersion != null && expectedVersion != municipality.version) {
      throw DomainException.staleVersion("Die Kommune", municipality.version, expectedVersion);
    }
    List<String> changed = municipality.changeContact(contact, actor.name(), Instant.now(clock));
    if (!changed.isEmpty()) {
      Municipality.flush();
      events.municipalityChanged(municipality, changed);
    }
    return municipality;
  }
}
