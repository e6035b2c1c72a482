package de.foerderlotse.municipality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T08:00:00Z");

  @Test
  void recordsEveryInitialValueAsTheFirstHistory() {
    Project project = Project.newFor("05358008", "anna", T0);
    List<FieldChange> changes = project.apply(details("Radweg", 1, List.of()), "anna", T0);

    assertThat(changes)
        .extracting(FieldChange::field)
        .contains("title", "category", "location", "plannedStart", "estimatedTotalCost", "stars");
    assertThat(changes).allMatch(c -> c.oldValue() == null);
    assertThat(project.updatedBy).isEqualTo("anna");
  }

  @Test
  void reportsOnlyTheFieldsThatChangedWithOldAndNewValue() {
    Project project = registered();
    List<FieldChange> changes =
        project.apply(details("Radweg Nord", 1, List.of("05358028")), "ben", T1);

    assertThat(changes)
        .containsExactly(
            new FieldChange("title", "Radweg", "Radweg Nord"),
            new FieldChange("partners", "[]", "[05358028]"));
    assertThat(project.updatedAt).isEqualTo(T1);
    assertThat(project.isVisibleTo("05358028")).isTrue();
    assertThat(project.isVisibleTo("05358024")).isFalse();
  }

  @Test
  void changesNothingWhenTheDetailsAreTheSame() {
    Project project = registered();
    assertThat(project.apply(details("Radweg", 1, List.of()), "ben", T1)).isEmpty();
    assertThat(project.updatedAt).isEqualTo(T0);
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    Project project = Project.newFor("05358008", "anna", T0);
    ProjectDetails backwards =
        new ProjectDetails(
            "Zeitreise",
            null,
            FundingArea.CULTURE,
            new GeoPoint(50.8, 6.48),
            LocalDate.of(2028, 1, 1),
            LocalDate.of(2027, 1, 1),
            null,
            List.of(),
            List.of(),
            0,
            ProjectStatus.IDEA);
    assertThatThrownBy(() -> project.apply(backwards, "anna", T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
  }

  @Test
  void refusesTheOwnMunicipalityAsPartner() {
    Project project = Project.newFor("05358008", "anna", T0);
    assertThatThrownBy(() -> project.apply(details("X", 0, List.of("05358008")), "anna", T0))
        .hasMessageContaining("Partnerin");
  }

  @Test
  void refusesCostItemsAboveTheEstimatedTotal() {
    Project project = Project.newFor("05358008", "anna", T0);
    ProjectDetails tooExpensive =
        new ProjectDetails(
            "Teuer",
            null,
            FundingArea.CULTURE,
            new GeoPoint(50.8, 6.48),
            null,
            null,
            new BigDecimal("100"),
            List.of(new CostItem("Bau", new BigDecimal("100.01"), CostCategory.CONSTRUCTION)),
            List.of(),
            0,
            ProjectStatus.IDEA);
    assertThatThrownBy(() -> project.apply(tooExpensive, "anna", T0))
        .hasMessageContaining("100.01 EUR");
  }

  @Test
  void freezesAWithdrawnProject() {
    Project project = registered();
    assertThat(project.withdraw("ben", T1))
        .containsExactly(new FieldChange("status", "IDEA", "WITHDRAWN"));
    assertThat(project.withdraw("ben", T1)).isEmpty();
    assertThatThrownBy(() -> project.apply(details("Neu", 1, List.of()), "ben", T1))
        .hasMessageContaining("zurückgezogen");
  }

  @Test
  void foldsTitleAndDescriptionForGermanAwareSearch() {
    Project project = Project.newFor("05358008", "anna", T0);
    project.apply(details("Grünfläche Straße", 0, List.of()), "anna", T0);
    assertThat(project.searchText).contains("gruenflaeche strasse");
  }

  private static Project registered() {
    Project project = Project.newFor("05358008", "anna", T0);
    project.apply(details("Radweg", 1, List.of()), "anna", T0);
    return project;
  }

  private static ProjectDetails details(String title, int stars, List<String> partners) {
    return new ProjectDetails(
        title,
        "Ein Radweg entlang der Rur",
        FundingArea.MOBILITY,
        new GeoPoint(50.8, 6.48),
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2028, 10, 31),
        new BigDecimal("500000"),
        List.of(new CostItem("Bau", new BigDecimal("400000"), CostCategory.CONSTRUCTION)),
        partners,
        stars,
        ProjectStatus.IDEA);
  }
}
