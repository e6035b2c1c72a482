package de.foerderlotse.project.conflict.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project of a labelled pair as it was when the coordinator decided, in the project format of
 * the engine's {@code conflict-eval/pairs.jsonl}.
 *
 * @param programme the programme id the conflict side applies to; null if none
 * @param call the call id likewise
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LabelledProject(
    String ags,
    String title,
    String description,
    String category,
    Double lat,
    Double lon,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal totalCost,
    List<CostItem> costItems,
    String programme,
    String call,
    String applicationStatus) {

  /** One line of the cost estimate. */
  public record CostItem(String label, BigDecimal amount, String costCategory) {}

  public LabelledProject {
    costItems = costItems == null ? List.of() : List.copyOf(costItems);
  }
}
