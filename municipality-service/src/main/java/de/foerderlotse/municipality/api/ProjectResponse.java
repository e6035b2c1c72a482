package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.municipality.domain.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project as the API shows it. */
public record ProjectResponse(
    UUID id,
    long version,
    String ags,
    String title,
    String description,
    FundingArea category,
    Location location,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal estimatedTotalCost,
    List<CostItemRequest> costItems,
    List<String> partners,
    int stars,
    ProjectStatus status,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  static ProjectResponse of(Project p) {
    return new ProjectResponse(
        p.id,
        p.version,
        p.ags,
        p.title,
        p.description,
        p.category,
        new Location(p.lat, p.lon),
        p.plannedStart,
        p.plannedEnd,
        p.estimatedTotalCost,
        p.costItems.stream().map(CostItemRequest::of).toList(),
        List.copyOf(p.partners),
        p.stars,
        p.status,
        p.createdAt,
        p.createdBy,
        p.updatedAt,
        p.updatedBy);
  }
}
