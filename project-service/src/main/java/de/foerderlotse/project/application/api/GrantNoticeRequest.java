package de.foerderlotse.project.application.api;

import de.foerderlotse.project.application.domain.GrantNotice;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The grant notice (Zuwendungsbescheid) that approves an application. */
public record GrantNoticeRequest(
    Long version,
    @NotNull(message = "Bitte das Datum des Bescheids angeben.") LocalDate grantNoticeDate,
    @NotNull(message = "Bitte den bewilligten Betrag angeben.")
        @DecimalMin(value = "0.01", message = "Der Betrag muss positiv sein.")
        @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
        BigDecimal approvedAmount,
    @NotNull(message = "Bitte den Beginn des Bewilligungszeitraums angeben.")
        LocalDate approvalStart,
    @NotNull(message = "Bitte das Ende des Bewilligungszeitraums angeben.") LocalDate approvalEnd) {

  GrantNotice toNotice() {
    return new GrantNotice(grantNoticeDate, approvedAmount, approvalStart, approvalEnd);
  }
}
