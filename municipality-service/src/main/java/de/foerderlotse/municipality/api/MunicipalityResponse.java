package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A municipality (or the county) as the API shows it. */
public record MunicipalityResponse(
    String ags,
    long version,
    String name,
    String shortName,
    MunicipalityKind kind,
    String countyAgs,
    Integer population,
    BigDecimal areaKm2,
    String postcode,
    Location centroid,
    List<String> neighbours,
    boolean neighboursGiven,
    ContactRequest contact,
    Instant updatedAt,
    String updatedBy) {

  static MunicipalityResponse of(Municipality m) {
    return new MunicipalityResponse(
        m.ags,
        m.version,
        m.name,
        m.shortName(),
        m.kind,
        m.countyAgs,
        m.population,
        m.areaKm2,
        m.postcode,
        new Location(m.lat, m.lon),
        List.copyOf(m.neighbours),
        m.neighboursGiven,
        m.contact == null
            ? null
            : new ContactRequest(m.contact.name, m.contact.email, m.contact.phone),
        m.updatedAt,
        m.updatedBy);
  }
}
