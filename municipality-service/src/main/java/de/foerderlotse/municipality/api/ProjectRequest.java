package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.GeoPoint;
import de.foerderlotse.municipality.domain.ProjectDetails;
import de.foerderlotse.municipality.domain.ProjectStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of a request that registers or changes a project.
 *
 * @param ags the owning municipality: a municipality user may omit it (it is taken from the token)
 *     but never name another one
 * @param location default: the municipality's centroid
 * @param status default: IDEA
 * @param version the version being edited, when no {@code If-Match} header is sent
 */
public record ProjectRequest(
    @Pattern(regexp = Ags.REGEX, message = "muss aus 8 Ziffern bestehen") String ags,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 300, message = "höchstens 300 Zeichen")
        String title,
    @Size(max = 5000, message = "höchstens 5000 Zeichen") String description,
    @NotNull(message = "muss angegeben werden") FundingArea category,
    @Valid Location location,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    @DecimalMin(value = "0.00", message = "darf nicht negativ sein")
        @Digits(
            integer = 13,
            fraction = 2,
            message = "höchstens 13 Stellen vor und 2 nach dem Komma")
        BigDecimal estimatedTotalCost,
    @Size(max = 100, message = "höchstens 100 Positionen")
        List<@Valid @NotNull(message = "darf nicht leer sein") CostItemRequest> costItems,
    @Size(max = 50, message = "höchstens 50 Partnerkommunen")
        List<
                @NotNull(message = "darf nicht leer sein")
                @Pattern(regexp = Ags.REGEX, message = "muss aus 8 Ziffern bestehen") String>
            partners,
    @Min(value = 0, message = "mindestens 0") @Max(value = 3, message = "höchstens 3")
        Integer stars,
    ProjectStatus status,
    Long version) {

  ProjectDetails toDetails() {
    return new ProjectDetails(
        title.trim(),
        description == null || description.isBlank() ? null : description.strip(),
        category,
        location == null ? null : new GeoPoint(location.lat(), location.lon()),
        plannedStart,
        plannedEnd,
        estimatedTotalCost,
        costItems == null
            ? List.of()
            : costItems.stream().map(CostItemRequest::toCostItem).toList(),
        partners,
        stars == null ? 0 : stars,
        status == null ? ProjectStatus.IDEA : status);
  }
}
