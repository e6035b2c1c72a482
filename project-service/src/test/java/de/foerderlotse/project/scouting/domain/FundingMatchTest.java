package de.foerderlotse.project.scouting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundingMatchTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void matchesOpenProjectOfSameAreaInCoveredRegionWithOpenCall() {
    var reason =
        FundingMatch.of(programme("05358", "2027-03-01T12:00:00Z", "OPEN"), project(), NOW);
    assertThat(reason).isPresent();
    assertThat(reason.get().expectedGrant()).isEqualByComparingTo("160000.00");
  }

  @Test
  void doesNotMatchOutsideRegionAfterLastDeadlineOrWhenClosed() {
    assertThat(FundingMatch.of(programme("05354", "2027-03-01T12:00:00Z", "OPEN"), project(), NOW))
        .isEmpty();
    assertThat(FundingMatch.of(programme("05", "2026-11-01T12:00:00Z", "OPEN"), project(), NOW))
        .isEmpty();
    assertThat(FundingMatch.of(programme("05", "2027-03-01T12:00:00Z", "CLOSED"), project(), NOW))
        .isEmpty();
  }

  @Test
  void fingerprintIgnoresTitleButNotDeadlines() {
    ProgrammeTerms a = programme("05", "2027-03-01T12:00:00Z", "OPEN");
    ProgrammeTerms renamed =
        new ProgrammeTerms(
            a.id(),
            "Neuer Titel",
            a.status(),
            a.fundingAreas(),
            a.applicantTypes(),
            a.eligibleRegions(),
            a.fundingRatePercent(),
            a.minGrant(),
            a.maxGrant(),
            a.ruleSet(),
            a.calls(),
            false);
    ProgrammeTerms moved = programme("05", "2027-04-01T12:00:00Z", "OPEN");
    assertThat(FundingMatch.materialFingerprint(renamed))
        .isEqualTo(FundingMatch.materialFingerprint(a));
    assertThat(FundingMatch.materialFingerprint(moved))
        .isNotEqualTo(FundingMatch.materialFingerprint(a));
  }

  private static ProjectView project() {
    ProjectView project = new ProjectView();
    project.id = UUID.randomUUID();
    project.ags = "05358008";
    project.title = "Radweg";
    project.category = "MOBILITY";
    project.status = "PLANNED";
    project.estimatedTotalCost = new BigDecimal("200000");
    return project;
  }

  private static ProgrammeTerms programme(String region, String deadline, String status) {
    return new ProgrammeTerms(
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        "Radverkehr",
        status,
        Set.of("MOBILITY"),
        Set.of("MUNICIPALITY"),
        List.of(region),
        new BigDecimal("80"),
        new BigDecimal("10000"),
        new BigDecimal("1000000"),
        new ProgrammeTerms.RuleSetTerms("ANBEST_P", 6, true, Period.ofWeeks(6), 5),
        List.of(
            new ProgrammeTerms.Call(
                UUID.fromString("00000000-0000-0000-0000-000000000002"),
                "Aufruf",
                null,
                List.of(
                    new ProgrammeTerms.Stage(
                        "FULL_APPLICATION", "Vollantrag", OffsetDateTime.parse(deadline))))),
        false);
  }
}
