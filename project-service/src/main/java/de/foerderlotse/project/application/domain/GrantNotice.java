package de.foerderlotse.project.application.domain;

import de.foerderlotse.platform.problem.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Zuwendungsbescheid: when it was issued, how much was granted and for which approval period
 * (Bewilligungszeitraum).
 */
public record GrantNotice(
    LocalDate date, BigDecimal approvedAmount, LocalDate approvalStart, LocalDate approvalEnd) {

  /** Rejects a notice that contradicts itself or the application. */
  void requireConsistentWith(Application application) {
    if (approvalEnd.isBefore(approvalStart)) {
      throw DomainException.unprocessable("Der Bewilligungszeitraum endet vor seinem Beginn.");
    }
    if (approvedAmount.compareTo(application.eligibleCost) > 0) {
      throw DomainException.unprocessable(
          "Der bewilligte Betrag übersteigt die zuwendungsfähigen Ausgaben.");
    }
  }
}
