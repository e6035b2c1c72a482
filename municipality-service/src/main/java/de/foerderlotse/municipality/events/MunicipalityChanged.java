package de.foerderlotse.municipality.events;

import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Integration event on {@code municipality.municipality.v1}, keyed by AGS: the municipality's full
 * current state after a change, plus which fields changed. Schema: {@code
 * src/main/resources/asyncapi.yaml}.
 */
public record MunicipalityChanged(
    String ags,
    long version,
    String name,
    String shortName,
    MunicipalityKind kind,
    String countyAgs,
    Integer population,
    BigDecimal areaKm2,
    String postcode,
    Position centroid,
    List<String> neighbours,
    Contact contact,
    List<String> changedFields,
    Instant changedAt,
    String changedBy) {

  public static final String TOPIC = "municipality.municipality.v1";
  public static final String TYPE = "de.foerderlotse.municipality.changed.v1";

  /** WGS 84 degrees. */
  public record Position(double lat, double lon) {}

  /** The municipality's contact person for funding questions. */
  public record Contact(String name, String email, String phone) {}

  static MunicipalityChanged of(Municipality m, List<String> changedFields) {
    return new MunicipalityChanged(
        m.ags,
        m.version,
        m.name,
        m.shortName(),
        m.kind,
        m.countyAgs,
        m.population,
        m.areaKm2,
        m.postcode,
        new Position(m.lat, m.lon),
        List.copyOf(m.neighbours),
        m.contact == null ? null : new Contact(m.contact.name, m.contact.email, m.contact.phone),
        List.copyOf(changedFields),
        m.updatedAt,
        m.updatedBy);
  }
}
