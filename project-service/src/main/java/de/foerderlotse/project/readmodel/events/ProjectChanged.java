package de.foerderlotse.project.readmodel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * This consumer's copy of municipality-service's event on {@code municipality.project.v1}: only the
 * fields project-service reads; unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectChanged(
    UUID id,
    Long version,
    String ags,
    String title,
    String category,
    String status,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal estimatedTotalCost) {

  void requireApplicable() {
    if (id == null || version == null || ags == null || title == null) {
      throw new IllegalArgumentException("project event without id, version, ags or title");
    }
  }
}
