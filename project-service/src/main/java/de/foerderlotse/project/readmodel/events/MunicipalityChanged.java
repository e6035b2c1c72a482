package de.foerderlotse.project.readmodel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This consumer's copy of municipality-service's event on {@code municipality.municipality.v1}:
 * only the fields project-service reads; unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MunicipalityChanged(
    String ags, Long version, String name, String kind, String countyAgs) {

  void requireApplicable() {
    if (ags == null || version == null || name == null) {
      throw new IllegalArgumentException("municipality event without ags, version or name");
    }
  }
}
