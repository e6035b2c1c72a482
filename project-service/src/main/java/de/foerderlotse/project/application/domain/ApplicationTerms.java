package de.foerderlotse.project.application.domain;

import de.foerderlotse.platform.problem.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The figures and period an applicant states; editable while the application is a draft. */
public record ApplicationTerms(
    BigDecimal requestedAmount,
    BigDecimal eligibleCost,
    BigDecimal ownContribution,
    LocalDate plannedStart,
    LocalDate plannedEnd) {

  /** Rejects figures that cannot belong together (422). */
  public void requireConsistent() {
    if (requestedAmount.compareTo(eligibleCost) > 0) {
      throw DomainException.unprocessable(
          "Der beantragte Betrag übersteigt die zuwendungsfähigen Ausgaben.");
    }
    if (requestedAmount.add(ownContribution).compareTo(eligibleCost) > 0) {
      throw DomainException.unprocessable(
          "Beantragter Betrag und Eigenanteil zusammen übersteigen die zuwendungsfähigen"
              + " Ausgaben.");
    }
    if (plannedEnd.isBefore(plannedStart)) {
      throw DomainException.unprocessable("Der geplante Zeitraum endet vor seinem Beginn.");
    }
  }
}
