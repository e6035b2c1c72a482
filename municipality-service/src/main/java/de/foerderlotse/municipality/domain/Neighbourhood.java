package de.foerderlotse.municipality.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who counts as a neighbour: the ones a list names, otherwise every municipality whose centroid
 * lies within a distance. Centroids are a proxy for shared borders, good enough to tell which
 * similar projects could serve the same people.
 */
public final class Neighbourhood {

  private Neighbourhood() {}

  /** Neighbour keys of each municipality, nearest first. */
  public static Map<String, List<String>> of(List<MunicipalityData> municipalities, double maxKm) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (MunicipalityData m : municipalities) {
      if (!m.givenNeighbours().isEmpty()) {
        result.put(m.ags(), m.givenNeighbours());
        continue;
      }
      result.put(
          m.ags(),
          municipalities.stream()
              .filter(other -> !other.ags().equals(m.ags()))
              .filter(other -> other.kind() != MunicipalityKind.COUNTY)
              .filter(other -> m.centroid().distanceKm(other.centroid()) <= maxKm)
              .sorted(
                  Comparator.comparingDouble(other -> m.centroid().distanceKm(other.centroid())))
              .map(MunicipalityData::ags)
              .toList());
    }
    return result;
  }
}
