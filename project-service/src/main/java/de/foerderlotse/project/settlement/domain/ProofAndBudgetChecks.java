package de.foerderlotse.project.settlement.domain;

import static de.foerderlotse.project.settlement.domain.FigureChecks.item;
import static de.foerderlotse.project.settlement.domain.GermanFormat.date;
import static de.foerderlotse.project.settlement.domain.GermanFormat.euro;
import static de.foerderlotse.project.settlement.domain.GermanFormat.percent;
import static de.foerderlotse.project.settlement.domain.GermanFormat.share;

import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.deadline.domain.DeadlineKind;
import de.foerderlotse.project.deadline.domain.PlannedDeadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks of the proofs due and of the approved budget lines. */
final class ProofAndBudgetChecks {

  private ProofAndBudgetChecks() {}

  static ChecklistItem proofOfUse(SettlementCase c) {
    Optional<PlannedDeadline> due =
        c.deadlines().stream().filter(d -> d.kind() == DeadlineKind.PROOF_OF_USE).findFirst();
    Optional<ProofOfUseSubmission> submitted =
        c.proofs().stream().filter(p -> p.kind == ProofKind.FINAL).findFirst();
    ApplicationStatus status = c.application().status;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("dueDate", due.map(PlannedDeadline::due).orElse(null));
    figures.put("submittedOn", submitted.map(p -> p.submittedOn).orElse(null));
    String title = "Verwendungsnachweis";
    if (due.isEmpty()) {
      return item(
          "PROOF_OF_USE",
          title,
          CheckStatus.OK,
          figures,
          status.isGranted()
              ? "Das Regelwerk nennt keine Frist für den Verwendungsnachweis."
              : "Der Verwendungsnachweis wird erst nach der Bewilligung fällig.");
    }
    LocalDate dueDate = due.get().due();
    if (submitted.isPresent()
        || status == ApplicationStatus.PROOF_OF_USE_SUBMITTED
        || status == ApplicationStatus.CLOSED) {
      return item(
          "PROOF_OF_USE",
          title,
          CheckStatus.OK,
          figures,
          "Der Verwendungsnachweis ist eingereicht"
              + submitted.map(p -> " (am " + date(p.submittedOn) + ")").orElse("")
              + ".");
    }
    long daysLeft = ChronoUnit.DAYS.between(c.today(), dueDate);
    figures.put("daysLeft", daysLeft);
    if (daysLeft < 0) {
      return item(
          "PROOF_OF_USE",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Der Verwendungsnachweis war am "
              + date(dueDate)
              + " fällig und ist seit "
              + -daysLeft
              + " Tagen überfällig. Bitte sofort einreichen oder beim Fördergeber"
              + " eine Fristverlängerung beantragen; sonst droht der Widerruf der Zuwendung.");
    }
    if (daysLeft <= c.rules().proofOfUseWarningDays()) {
      return item(
          "PROOF_OF_USE",
          title,
          CheckStatus.WARNING,
          figures,
          "Der Verwendungsnachweis ist in "
              + daysLeft
              + " Tagen fällig (am "
              + date(dueDate)
              + "). Bitte Sachbericht und zahlenmäßigen Nachweis jetzt vorbereiten.");
    }
    return item(
        "PROOF_OF_USE",
        title,
        CheckStatus.OK,
        figures,
        "Der Verwendungsnachweis ist am " + date(dueDate) + " fällig.");
  }

  /** Interim proofs of budget years that have ended, as far as the rule set requires them. */
  static ChecklistItem interimProof(SettlementCase c) {
    List<PlannedDeadline> interim =
        c.deadlines().stream().filter(d -> d.kind() == DeadlineKind.INTERIM_PROOF).toList();
    List<Integer> submittedYears =
        c.proofs().stream()
            .filter(p -> p.kind == ProofKind.INTERIM)
            .map(p -> p.budgetYear)
            .toList();
    List<PlannedDeadline> missing =
        interim.stream()
            .filter(d -> LocalDate.of(year(d), 12, 31).isBefore(c.today()))
            .filter(d -> !submittedYears.contains(year(d)))
            .toList();
    List<PlannedDeadline> overdue =
        missing.stream().filter(d -> d.due().isBefore(c.today())).toList();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("interimProofRequired", !interim.isEmpty());
    figures.put("submittedYears", submittedYears);
    figures.put("missingYears", missing.stream().map(ProofAndBudgetChecks::year).toList());
    figures.put("overdueYears", overdue.stream().map(ProofAndBudgetChecks::year).toList());
    String title = "Zwischennachweise";
    if (missing.isEmpty()) {
      return item(
          "INTERIM_PROOF",
          title,
          CheckStatus.OK,
          figures,
          interim.isEmpty()
              ? "Zwischennachweise sind nicht gefordert."
              : "Für jedes abgeschlossene Haushaltsjahr liegt ein Zwischennachweis vor.");
    }
    String list =
        missing.stream()
            .map(d -> year(d) + " (fällig am " + date(d.due()) + ")")
            .collect(Collectors.joining(", "));
    if (!overdue.isEmpty()) {
      return item(
          "INTERIM_PROOF",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Zwischennachweis fehlt für das abgeschlossene Haushaltsjahr "
              + list
              + "; die Frist ist abgelaufen. Bitte den Zwischennachweis sofort einreichen.");
    }
    return item(
        "INTERIM_PROOF",
        title,
        CheckStatus.WARNING,
        figures,
        "Das Haushaltsjahr "
            + list
            + " ist abgeschlossen, der Zwischennachweis fehlt noch."
            + " Bitte fristgerecht einreichen.");
  }

  /**
   * Spending per approved budget line: a line may be overrun by the tolerance if savings on other
   * lines offset it; a larger overrun needs the funder's consent.
   */
  static ChecklistItem budgetLines(SettlementCase c) {
    BigDecimal tolerance = c.rules().budgetLineTolerancePercent();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("tolerancePercent", tolerance);
    figures.put("budgetLines", c.budgetLines().size());
    String title = "Einzelansätze des Finanzierungsplans";
    if (c.budgetLines().isEmpty()) {
      return item(
          "BUDGET_LINES",
          title,
          CheckStatus.OK,
          figures,
          "Keine Einzelansätze hinterlegt; bitte die Ansätze aus dem Zuwendungsbescheid"
              + " erfassen, damit Überschreitungen erkannt werden.");
    }
    BigDecimal over = BigDecimal.ZERO;
    BigDecimal savings = BigDecimal.ZERO;
    StringBuilder beyond = new StringBuilder();
    StringBuilder within = new StringBuilder();
    BigDecimal worst = BigDecimal.ZERO;
    for (BudgetLine line : c.budgetLines()) {
      BigDecimal spent =
          SpendingChecks.sum(
              c.expenses().stream().filter(e -> line.code.equals(e.budgetLine)).toList());
      BigDecimal diff = spent.subtract(line.approvedAmount);
      if (diff.signum() <= 0) {
        savings = savings.add(diff.negate());
        continue;
      }
      over = over.add(diff);
      BigDecimal percentOver = share(diff, line.approvedAmount);
      worst = worst.max(percentOver);
      String text =
          "„"
              + line.label
              + "“ ("
              + line.code
              + "): "
              + euro(spent)
              + " statt "
              + euro(line.approvedAmount)
              + ", also "
              + percent(percentOver)
              + " darüber";
      StringBuilder target = percentOver.compareTo(tolerance) > 0 ? beyond : within;
      target.append(target.isEmpty() ? "" : "; ").append(text);
    }
    figures.put("overrunTotal", over);
    figures.put("savingsTotal", savings);
    figures.put("largestOverrunPercent", worst);
    if (!beyond.isEmpty()) {
      return item(
          "BUDGET_LINES",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Einzelansatz über der Toleranz von "
              + percent(tolerance)
              + ": "
              + beyond
              + ". Diese Mehrausgaben sind nur mit Zustimmung des Fördergebers förderfähig;"
              + " bitte einen Änderungsantrag zum Finanzierungsplan stellen.");
    }
    if (over.signum() > 0 && over.compareTo(savings) > 0) {
      return item(
          "BUDGET_LINES",
          title,
          CheckStatus.WARNING,
          figures,
          "Überschreitung innerhalb der Toleranz, aber nicht durch Einsparungen ausgeglichen: "
              + within
              + ". Mehrausgaben von "
              + euro(over.subtract(savings))
              + " sind nicht gedeckt; bitte Einsparungen an anderer Stelle nachweisen oder"
              + " die Finanzierung klären.");
    }
    return item(
        "BUDGET_LINES",
        title,
        CheckStatus.OK,
        figures,
        over.signum() == 0
            ? "Alle Einzelansätze werden eingehalten."
            : "Überschreitung innerhalb der Toleranz von "
                + percent(tolerance)
                + " und durch Einsparungen ausgeglichen: "
                + within
                + ".");
  }

  private static int year(PlannedDeadline d) {
    return Integer.parseInt(d.key().substring(d.key().indexOf(':') + 1));
  }
}
