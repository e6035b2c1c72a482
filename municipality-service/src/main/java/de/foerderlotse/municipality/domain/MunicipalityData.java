package de.foerderlotse.municipality.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One municipality as a reference list states it.
 *
 * @param givenNeighbours neighbours named by the list; empty means they are computed from distance
 */
public record MunicipalityData(
    String ags,
    String name,
    MunicipalityKind kind,
    String countyAgs,
    Integer population,
    BigDecimal areaKm2,
    String postcode,
    GeoPoint centroid,
    List<String> givenNeighbours) {

  public MunicipalityData {
    if (!Ags.isValid(ags)) {
      throw new IllegalArgumentException("ungültiger AGS " + ags);
    }
    givenNeighbours = List.copyOf(givenNeighbours);
  }
}
