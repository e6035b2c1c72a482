package de.foerderlotse.project.service;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.domain.ProgrammeView;
import de.foerderlotse.project.events.ProgrammeChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The programmes this service knows from funding-service's events. */
@ApplicationScoped
public class ProgrammeCatalogue {

  private final Clock clock;

  public ProgrammeCatalogue(Clock clock) {
    this.clock = clock;
  }

  /**
   * Applies a programme event; an event whose version is not newer than the stored copy changes
   * nothing.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ProgrammeChanged event, String payload) {
    ProgrammeView view = ProgrammeView.findById(event.id());
    if (view != null && !view.isOlderThan(event.version())) {
      return false;
    }
    boolean isNew = view == null;
    if (isNew) {
      view = new ProgrammeView();
      view.id = event.id();
    }
    view.version = event.version();
    view.externalReference = event.externalReference();
    view.title = event.title();
    view.fundingBody = event.fundingBody();
    view.status = event.status();
    view.changedAt = event.changedAt();
    view.payload = payload;
    view.appliedAt = Instant.now(clock);
    if (isNew) {
      view.persist();
    }
    return true;
  }

  @Transactional
  public ProgrammeView get(UUID id) {
    return ProgrammeView.<ProgrammeView>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Förderprogramm", id));
  }
}
