package de.foerderlotse.municipality.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a municipality states about a project; shape-validated at the API before it reaches the
 * domain, which checks the rules between fields.
 *
 * @param location where the measure takes place; {@code null} means the municipality's centroid
 */
public record ProjectDetails(
    String title,
    String description,
    FundingArea category,
    GeoPoint location,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal estimatedTotalCost,
    List<CostItem> costItems,
    List<String> partners,
    int stars,
    ProjectStatus status) {

  public ProjectDetails {
    costItems = costItems == null ? List.of() : List.copyOf(costItems);
    partners = partners == null ? List.of() : partners.stream().distinct().sorted().toList();
  }
}
