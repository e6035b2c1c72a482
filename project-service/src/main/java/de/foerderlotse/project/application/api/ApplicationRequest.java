package de.foerderlotse.project.application.api;

import de.foerderlotse.project.application.NewApplication;
import de.foerderlotse.project.application.domain.ApplicationTerms;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new application or the edited figures of a draft; EUR amounts with at most two decimals.
 *
 * @param ags optional: a municipality user may state its own AGS, never another one
 * @param stageIndex which stage of the call, counted from 0 (default 0)
 * @param version for edits: the version the client changed (or {@code If-Match})
 */
public record ApplicationRequest(
    @NotNull(message = "Bitte das Projekt angeben.") UUID projectId,
    @Pattern(regexp = "\\d{8}", message = "Der AGS hat acht Ziffern.") String ags,
    @NotNull(message = "Bitte das Förderprogramm angeben.") UUID programmeId,
    @NotNull(message = "Bitte den Aufruf angeben.") UUID callId,
    @Min(value = 0, message = "Die Stufe zählt ab 0.") Integer stageIndex,
    @NotNull(message = "Bitte den beantragten Betrag angeben.")
        @DecimalMin(value = "0.01", message = "Der Betrag muss positiv sein.")
        @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
        BigDecimal requestedAmount,
    @NotNull(message = "Bitte die zuwendungsfähigen Ausgaben angeben.")
        @DecimalMin(value = "0.01", message = "Der Betrag muss positiv sein.")
        @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
        BigDecimal eligibleCost,
    @NotNull(message = "Bitte den Eigenanteil angeben.")
        @DecimalMin(value = "0.00", message = "Der Eigenanteil darf nicht negativ sein.")
        @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
        BigDecimal ownContribution,
    @NotNull(message = "Bitte den geplanten Beginn angeben.") LocalDate plannedStart,
    @NotNull(message = "Bitte das geplante Ende angeben.") LocalDate plannedEnd,
    Long version) {

  ApplicationTerms terms() {
    return new ApplicationTerms(
        requestedAmount, eligibleCost, ownContribution, plannedStart, plannedEnd);
  }

  NewApplication toCommand() {
    return new NewApplication(
        projectId, ags, programmeId, callId, stageIndex == null ? 0 : stageIndex, terms());
  }
}
