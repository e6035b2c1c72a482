package de.foerderlotse.project.deadline.domain;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives an application's deadlines: the submission deadline from its call stage and, once a grant
 * notice exists, interim proofs, proof of use and earmarking end from the programme's rule set.
 * Every number comes from the rule set; none is a constant here.
 */
public final class DeadlinePlan {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ZoneId zone;
  private final int interimProofMonths;

  public DeadlinePlan(ZoneId zone, int interimProofMonthsAfterYearEnd) {
    this.zone = zone;
    this.interimProofMonths = interimProofMonthsAfterYearEnd;
  }

  /** The deadlines of an application without payouts. */
  public List<PlannedDeadline> derive(Application application, ProgrammeTerms programme) {
    return derive(application, programme, List.of());
  }

  public List<PlannedDeadline> derive(
      Application application, ProgrammeTerms programme, List<PayoutRequest> payouts) {
    List<PlannedDeadline> planned = new ArrayList<>();
    submission(application, programme).ifPresent(planned::add);
    if (application.status.isGranted() && application.approvalEnd != null) {
      ProgrammeTerms.RuleSetTerms rules = programme.ruleSet();
      if (rules != null) {
        granted(application, rules, planned);
        payouts.forEach(p -> payout(application, rules, p).ifPresent(planned::add));
      }
    }
    return planned;
  }

  private java.util.Optional<PlannedDeadline> submission(
      Application application, ProgrammeTerms programme) {
    return programme
        .call(application.callId)
        .flatMap(
            call ->
                call.stage(application.stageIndex)
                    .filter(stage -> stage.deadline() != null)
                    .map(
                        stage ->
                            new PlannedDeadline(
                                "SUBMISSION",
                                DeadlineKind.SUBMISSION,
                                stage.deadline().atZoneSameInstant(zone).toLocalDate(),
                                "Einreichung „" + stage.name() + "“: " + application.projectTitle,
                                "Stichtag „"
                                    + stage.name()
                                    + "“ des Aufrufs „"
                                    + call.title()
                                    + "“ im Programm „"
                                    + programme.title()
                                    + "“")));
  }

  private static java.util.Optional<PlannedDeadline> payout(
      Application application, ProgrammeTerms.RuleSetTerms rules, PayoutRequest payout) {
    if (rules.payoutWindow() == null) {
      return java.util.Optional.empty();
    }
    String preset = rules.preset() == null ? "des Programms" : rules.preset();
    return java.util.Optional.of(
        new PlannedDeadline(
            "PAYOUT:" + payout.id,
            DeadlineKind.PAYOUT_SPENDING,
            payout.receivedOn.plus(rules.payoutWindow()),
            "Verwendung des Mittelabrufs vom "
                + payout.receivedOn.format(GERMAN)
                + ": "
                + application.projectTitle,
            "Regelwerk "
                + preset
                + ": abgerufene Mittel binnen "
                + GermanPeriod.format(rules.payoutWindow())
                + " nach Eingang ("
                + payout.receivedOn.format(GERMAN)
                + ") verwenden"));
  }

  private void granted(
      Application application, ProgrammeTerms.RuleSetTerms rules, List<PlannedDeadline> planned) {
    LocalDate end = application.approvalEnd;
    String preset = rules.preset() == null ? "des Programms" : rules.preset();
    PlannedDeadline proof = proofOfUse(application, rules, preset);
    LocalDate proofOfUse = proof == null ? null : proof.due();
    if (proof != null) {
      planned.add(proof);
    }
    if (Boolean.TRUE.equals(rules.interimProofRequired()) && application.approvalStart != null) {
      for (int year = application.approvalStart.getYear(); year < end.getYear(); year++) {
        LocalDate due = LocalDate.of(year + 1, 1, 1).plusMonths(interimProofMonths).minusDays(1);
        if (proofOfUse == null || due.isBefore(proofOfUse)) {
          planned.add(
              new PlannedDeadline(
                  "INTERIM_PROOF:" + year,
                  DeadlineKind.INTERIM_PROOF,
                  due,
                  "Zwischennachweis " + year + ": " + application.projectTitle,
                  "Regelwerk "
                      + preset
                      + ": Zwischennachweis "
                      + interimProofMonths
                      + " Monate nach Ablauf des Jahres "
                      + year));
        }
      }
    }
    if (rules.earmarkingYears() != null) {
      planned.add(
          new PlannedDeadline(
              "EARMARKING_END",
              DeadlineKind.EARMARKING_END,
              monthsAfter(end, 12 * rules.earmarkingYears()),
              "Ende der Zweckbindung: " + application.projectTitle,
              "Regelwerk "
                  + preset
                  + ": "
                  + rules.earmarkingYears()
                  + " Jahre Zweckbindung ab Ende des Bewilligungszeitraums ("
                  + end.format(GERMAN)
                  + ")"));
    }
  }

  /**
   * The proof of use: N months after the approval period in the rule's wording and, once the
   * purpose is recorded as fulfilled, the earlier of that and the day-exact months after it.
   */
  private static PlannedDeadline proofOfUse(
      Application application, ProgrammeTerms.RuleSetTerms rules, String preset) {
    LocalDate end = application.approvalEnd;
    Integer afterPeriod = rules.proofOfUseMonths();
    Integer afterPurpose = rules.proofOfUseMonthsAfterPurpose();
    LocalDate fulfilled = application.purposeFulfilledOn;
    if (afterPeriod == null && (afterPurpose == null || fulfilled == null)) {
      return null;
    }
    DueDateWording wording = DueDateWording.of(rules.proofOfUseWording());
    LocalDate due = afterPeriod == null ? null : wording.due(end, afterPeriod);
    String reason =
        afterPeriod == null
            ? null
            : wording.phrase(afterPeriod)
                + " Ende des Bewilligungszeitraums ("
                + end.format(GERMAN)
                + ")";
    if (afterPurpose != null && fulfilled != null) {
      LocalDate byPurpose = DueDateWording.WITHIN_MONTHS_AFTER.due(fulfilled, afterPurpose);
      if (due == null || byPurpose.isBefore(due)) {
        String purpose =
            afterPurpose
                + " Monate nach Erfüllung des Zuwendungszwecks ("
                + fulfilled.format(GERMAN)
                + ")";
        reason = reason == null ? purpose : purpose + ", früher als " + reason;
        due = byPurpose;
      }
    }
    return new PlannedDeadline(
        "PROOF_OF_USE",
        DeadlineKind.PROOF_OF_USE,
        due,
        "Verwendungsnachweis: " + application.projectTitle,
        "Regelwerk " + preset + ": " + reason);
  }

  /**
   * Months after a date; an approval period ending on a month's last day yields the last day of the
   * later month (30 June + 6 months = 31 December), as grant notices count.
   */
  static LocalDate monthsAfter(LocalDate date, int months) {
    return DueDateWording.UNSTATED.due(date, months);
  }
}
