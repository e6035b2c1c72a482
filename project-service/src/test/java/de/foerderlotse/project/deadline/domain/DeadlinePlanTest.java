package de.foerderlotse.project.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationLifecycleTest;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.application.domain.GrantNotice;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadlinePlanTest {

  private static final DeadlinePlan PLAN = new DeadlinePlan(ZoneId.of("Europe/Berlin"), 4);

  @Test
  void takesSubmissionDeadlineFromCallStageInCountyTimeZone() {
    Application application = ApplicationLifecycleTest.draft("300000");
    // 23:30 UTC is already the next day in Berlin.
    ProgrammeTerms programme =
        programme(application, OffsetDateTime.parse("2027-03-01T23:30:00Z"), 6, true, 5);

    List<PlannedDeadline> planned = PLAN.derive(application, programme);

    assertThat(planned).extracting(PlannedDeadline::kind).containsExactly(DeadlineKind.SUBMISSION);
    assertThat(planned.get(0).due()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(planned.get(0).derivedFrom()).contains("Vollantrag", "Aufruf 2027");
  }

  @Test
  void namesStageByItsKindWhenTheProgrammeGaveNoLabel() {
    ProgrammeTerms.Stage sketch = new ProgrammeTerms.Stage("SKETCH", null, null);
    assertThat(sketch.name()).isEqualTo("Projektskizze");
    assertThat(new ProgrammeTerms.Stage("CUT_OFF", " ", null).name()).isEqualTo("Stichtag");
  }

  @Test
  void derivesGrantDeadlinesFromRuleSetNumbers() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 6, 30));
    ProgrammeTerms programme =
        programme(application, OffsetDateTime.parse("2026-12-01T12:00:00Z"), 12, true, 10);

    List<PlannedDeadline> planned = PLAN.derive(application, programme);

    assertThat(planned)
        .extracting(PlannedDeadline::key, PlannedDeadline::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SUBMISSION", LocalDate.of(2026, 12, 1)),
            org.assertj.core.groups.Tuple.tuple("PROOF_OF_USE", LocalDate.of(2030, 6, 30)),
            org.assertj.core.groups.Tuple.tuple("INTERIM_PROOF:2027", LocalDate.of(2028, 4, 30)),
            org.assertj.core.groups.Tuple.tuple("INTERIM_PROOF:2028", LocalDate.of(2029, 4, 30)),
            org.assertj.core.groups.Tuple.tuple("EARMARKING_END", LocalDate.of(2039, 6, 30)));
  }

  @Test
  void derivesNoInterimProofsWhenRuleSetDoesNotRequireThem() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 6, 30));
    ProgrammeTerms programme =
        programme(application, OffsetDateTime.parse("2026-12-01T12:00:00Z"), 6, false, 5);

    assertThat(PLAN.derive(application, programme))
        .extracting(PlannedDeadline::kind)
        .doesNotContain(DeadlineKind.INTERIM_PROOF)
        .contains(DeadlineKind.PROOF_OF_USE);
  }

  @Test
  void countsWithinSixMonthsAfterFifteenthOfMarchDayExactly() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 3, 15));

    assertThat(proofOfUse(application, nrw("WITHIN_MONTHS_AFTER", null)).due())
        .isEqualTo(LocalDate.of(2028, 9, 15));
  }

  @Test
  void countsByTheEndOfTheSixthFollowingMonthToThirtiethOfSeptember() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 3, 15));

    PlannedDeadline proof = proofOfUse(application, nrw("END_OF_NTH_FOLLOWING_MONTH", null));

    assertThat(proof.due()).isEqualTo(LocalDate.of(2028, 9, 30));
    assertThat(proof.derivedFrom())
        .contains("ANBEST_G_NRW", "mit Ablauf des 6. Monats nach", "15.03.2028");
  }

  @Test
  void keepsTheFormerMonthEndRuleWhenTheRuleSetNamesNoWording() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30));

    assertThat(proofOfUse(application, nrw(null, null)).due())
        .isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void dueSixMonthsAfterThePurposeIsFulfilledWhenThatIsEarlier() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    application.purposeFulfilledOn = LocalDate.of(2027, 3, 10);

    PlannedDeadline proof = proofOfUse(application, nrw("END_OF_NTH_FOLLOWING_MONTH", 6));

    assertThat(proof.due()).isEqualTo(LocalDate.of(2027, 9, 10));
    assertThat(proof.derivedFrom())
        .contains("6 Monate nach Erfüllung des Zuwendungszwecks (10.03.2027)");
  }

  @Test
  void dueAtTheEndOfTheSixthMonthAfterThePeriodWhenThePurposeCameLate() {
    Application application = approved(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    application.purposeFulfilledOn = LocalDate.of(2028, 1, 15);

    assertThat(proofOfUse(application, nrw("END_OF_NTH_FOLLOWING_MONTH", 6)).due())
        .isEqualTo(LocalDate.of(2028, 6, 30));
    application.purposeFulfilledOn = null;
    assertThat(proofOfUse(application, nrw("END_OF_NTH_FOLLOWING_MONTH", 6)).due())
        .isEqualTo(LocalDate.of(2028, 6, 30));
  }

  private static PlannedDeadline proofOfUse(
      Application application, ProgrammeTerms.RuleSetTerms rules) {
    ProgrammeTerms programme =
        programme(application, OffsetDateTime.parse("2026-12-01T12:00:00Z"), 6, false, 5);
    ProgrammeTerms withRules =
        new ProgrammeTerms(
            programme.id(),
            programme.title(),
            programme.status(),
            programme.fundingAreas(),
            programme.applicantTypes(),
            programme.eligibleRegions(),
            programme.fundingRatePercent(),
            programme.minGrant(),
            programme.maxGrant(),
            rules,
            programme.calls(),
            false);
    return PLAN.derive(application, withRules).stream()
        .filter(d -> d.kind() == DeadlineKind.PROOF_OF_USE)
        .findFirst()
        .orElseThrow();
  }

  /** ANBest-G NRW Nr. 7.1 shape: six months after the period, optionally after the purpose. */
  private static ProgrammeTerms.RuleSetTerms nrw(String wording, Integer afterPurpose) {
    return new ProgrammeTerms.RuleSetTerms(
        "ANBEST_G_NRW",
        6,
        null,
        Period.ofMonths(2),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        wording,
        afterPurpose,
        null);
  }

  private static Application approved(LocalDate start, LocalDate end) {
    Application application = ApplicationLifecycleTest.draft("300000");
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    application.moveTo(ApplicationStatus.SUBMITTED, now, "test");
    application.approve(new GrantNotice(start, new BigDecimal("300000"), start, end), now, "t");
    return application;
  }

  static ProgrammeTerms programme(
      Application application,
      OffsetDateTime deadline,
      int proofOfUseMonths,
      boolean interim,
      int earmarkingYears) {
    return new ProgrammeTerms(
        application.programmeId,
        "Klimaschutz",
        "OPEN",
        Set.of("CLIMATE_PROTECTION"),
        Set.of("MUNICIPALITY"),
        List.of("05"),
        new BigDecimal("80"),
        new BigDecimal("10000"),
        new BigDecimal("1000000"),
        new ProgrammeTerms.RuleSetTerms(
            "TEST", proofOfUseMonths, interim, Period.ofWeeks(6), earmarkingYears),
        List.of(
            new ProgrammeTerms.Call(
                application.callId,
                "Aufruf 2027",
                new BigDecimal("500000"),
                List.of(new ProgrammeTerms.Stage("FULL_APPLICATION", "Vollantrag", deadline)))),
        false);
  }

  static UUID any() {
    return UUID.randomUUID();
  }
}
