package de.foerderlotse.municipality.events;

import de.foerderlotse.municipality.domain.CostCategory;
import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.municipality.domain.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Integration event on {@code municipality.project.v1}, keyed by project id: the project's full
 * current state after a change, plus which fields changed. Schema: {@code
 * src/main/resources/asyncapi.yaml}.
 */
public record ProjectChanged(
    UUID id,
    long version,
    String ags,
    String title,
    String description,
    FundingArea category,
    Position location,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal estimatedTotalCost,
    List<CostItem> costItems,
    List<String> partners,
    int stars,
    ProjectStatus status,
    Instant createdAt,
    String createdBy,
    List<String> changedFields,
    Instant changedAt,
    String changedBy) {

  public static final String TOPIC = "municipality.project.v1";
  public static final String TYPE = "de.foerderlotse.project.changed.v1";

  /** WGS 84 degrees. */
  public record Position(double lat, double lon) {}

  /** One line of the cost estimate, EUR. */
  public record CostItem(String label, BigDecimal amount, CostCategory costCategory) {}

  static ProjectChanged of(Project p, List<String> changedFields) {
    return new ProjectChanged(
        p.id,
        p.version,
        p.ags,
        p.title,
        p.description,
        p.category,
        new Position(p.lat, p.lon),
        p.plannedStart,
        p.plannedEnd,
        p.estimatedTotalCost,
        p.costItems.stream().map(i -> new CostItem(i.label, i.amount, i.costCategory)).toList(),
        List.copyOf(p.partners),
        p.stars,
        p.status,
        p.createdAt,
        p.createdBy,
        List.copyOf(changedFields),
        p.updatedAt,
        p.updatedBy);
  }
}
