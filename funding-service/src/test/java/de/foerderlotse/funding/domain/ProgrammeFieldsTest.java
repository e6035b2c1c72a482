package de.foerderlotse.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammeFieldsTest {

  private static final UUID CALL = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Test
  void findsNoChangeWhenOnlyOrderAndScaleDiffer() {
    ProgrammeDetails a =
        details(List.of(FundingArea.MOBILITY, FundingArea.ENERGY), new BigDecimal("50000"));
    ProgrammeDetails b =
        details(List.of(FundingArea.ENERGY, FundingArea.MOBILITY), new BigDecimal("50000.00"));

    assertThat(ProgrammeFields.diff(a, b)).isEmpty();
  }

  @Test
  void namesAMovedDeadlineByItsStagePath() {
    ProgrammeDetails before = details(List.of(FundingArea.ENERGY), null);
    ProgrammeDetails after =
        before.withCalls(List.of(call(OffsetDateTime.parse("2030-07-31T23:59:00+02:00"))));

    assertThat(ProgrammeFields.diff(before, after))
        .containsExactly(
            new FieldChange(
                "calls." + CALL + ".stages.0.deadline",
                "2030-06-30T23:59+02:00",
                "2030-07-31T23:59+02:00"));
  }

  @Test
  void reportsOldAndNewValueOfAChangedRuleNumber() {
    ProgrammeDetails before = details(List.of(), null);
    RuleSet longer =
        before
            .ruleSet()
            .overriddenBy(
                new RuleSet(
                    null, 9, null, null, null, null, null, null, null, null, null, null, null,
                    null));

    assertThat(ProgrammeFields.diff(before, before.withRuleSet(longer)))
        .containsExactly(new FieldChange("ruleSet.proofOfUseMonths", "6", "9"));
  }

  @Test
  void overridesOnlyTheValuesStated() {
    RuleSet preset = anbestP();
    RuleSet result =
        preset.overriddenBy(
            new RuleSet(
                null, null, false, null, 10, null, null, null, null, null, null, null, null, null));

    assertThat(result.proofOfUseMonths()).isEqualTo(6);
    assertThat(result.interimProofRequired()).isFalse();
    assertThat(result.earmarkingYears()).isEqualTo(10);
    assertThat(result.preset()).isEqualTo("ANBEST_P");
  }

  private static ProgrammeDetails details(List<FundingArea> areas, BigDecimal maxGrant) {
    return new ProgrammeDetails(
        "REF-1",
        "Klimaschutz in Kommunen",
        null,
        "Bund",
        FundingLevel.FEDERAL,
        Set.copyOf(areas),
        FundingType.GRANT,
        Set.of(ApplicantType.MUNICIPALITY),
        List.of("05358", "05"),
        null,
        null,
        maxGrant,
        null,
        ProgrammeStatus.OPEN,
        null,
        anbestP(),
        List.of(call(OffsetDateTime.parse("2030-06-30T23:59:00+02:00"))));
  }

  private static FundingCall call(OffsetDateTime deadline) {
    return new FundingCall(
        CALL,
        "Aufruf 2030",
        null,
        List.of(new CallStage(StageKind.FULL_APPLICATION, null, deadline)));
  }

  private static RuleSet anbestP() {
    return new RuleSet(
        "ANBEST_P",
        6,
        true,
        java.time.Period.ofWeeks(6),
        5,
        EarlyStart.FORBIDDEN,
        new BigDecimal("10"),
        true,
        new BigDecimal("90"),
        new BigDecimal("1000"),
        new BigDecimal("3000"),
        null,
        null,
        null);
  }
}
