package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.config.MunicipalityConfig;
import de.foerderlotse.municipality.domain.GeoPoint;
import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityData;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import de.foerderlotse.municipality.domain.Neighbourhood;
import de.foerderlotse.municipality.events.TenantEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Loads the configured municipality lists at start-up. Idempotent: a restart with the same data
 * changes nothing and publishes nothing; changed reference data updates the tenant and publishes
 * it. Contacts maintained by users are kept.
 */
@ApplicationScoped
public class MunicipalitySeeder {

  /** Who the audit trail names for changes made by seeding. */
  public static final String SEEDER = "system:seed";

  private static final Logger LOG = Logger.getLogger(MunicipalitySeeder.class);

  /** Serialises seeding across replicas that start at the same time. */
  private static final long SEED_LOCK = 0x4d554e4943L;

  private final MunicipalityConfig config;
  private final TenantEvents events;
  private final EntityManager entityManager;
  private final Clock clock;

  public MunicipalitySeeder(
      MunicipalityConfig config, TenantEvents events, EntityManager entityManager, Clock clock) {
    this.config = config;
    this.events = events;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional
  void onStart(@Observes StartupEvent event) {
    seed();
  }

  /**
   * Applies the configured lists.
   *
   * @return how many tenants were created or changed
   */
  @Transactional
  public int seed() {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(:lock)")
        .setParameter("lock", SEED_LOCK)
        .getSingleResult();
    List<MunicipalityData> municipalities = new ArrayList<>();
    config.seed().forEach(list -> municipalities.addAll(ReferenceLists.load(list)));
    Map<String, List<String>> neighbours =
        Neighbourhood.of(municipalities, config.neighbourDistanceKm());
    Instant now = Instant.now(clock);
    int changed = 0;
    for (MunicipalityData data : municipalities) {
      changed += upsert(data, neighbours.get(data.ags()), now) ? 1 : 0;
    }
    if (config.county().isPresent()) {
      changed += upsert(countyOf(config.county().get(), municipalities), List.of(), now) ? 1 : 0;
    }
    LOG.infof(
        "Seeded %d municipalities from %s: %d created or changed",
        municipalities.size(), config.seed(), changed);
    return changed;
  }

  private boolean upsert(MunicipalityData data, List<String> neighbours, Instant now) {
    Municipality existing = Municipality.findById(data.ags());
    List<String> changedFields;
    Municipality municipality;
    if (existing == null) {
      municipality = Municipality.from(data, neighbours, SEEDER, now);
      municipality.persist();
      changedFields = List.of("created");
    } else {
      municipality = existing;
      changedFields = existing.applyReferenceData(data, neighbours, SEEDER, now);
    }
    if (changedFields.isEmpty()) {
      return false;
    }
    entityManager.flush();
    events.municipalityChanged(municipality, changedFields);
    return true;
  }

  /** The county as a tenant: its figures are the sums and the mean centre of its members. */
  private static MunicipalityData countyOf(
      MunicipalityConfig.County county, List<MunicipalityData> all) {
    List<MunicipalityData> members =
        all.stream().filter(m -> county.ags().equals(m.countyAgs())).toList();
    List<MunicipalityData> basis = members.isEmpty() ? all : members;
    double lat = basis.stream().mapToDouble(m -> m.centroid().lat()).average().orElse(0);
    double lon = basis.stream().mapToDouble(m -> m.centroid().lon()).average().orElse(0);
    Integer population =
        members.isEmpty()
            ? null
            : members.stream()
                .map(MunicipalityData::population)
                .filter(Objects::nonNull)
                .reduce(0, Integer::sum);
    BigDecimal area =
        members.isEmpty()
            ? null
            : members.stream()
                .map(MunicipalityData::areaKm2)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new MunicipalityData(
        county.ags(),
        county.name(),
        MunicipalityKind.COUNTY,
        null,
        population,
        area,
        null,
        new GeoPoint(round(lat), round(lon)),
        List.of());
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1_000_000d) / 1_000_000d;
  }
}
