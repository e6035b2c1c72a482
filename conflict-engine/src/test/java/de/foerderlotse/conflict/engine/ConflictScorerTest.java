package de.foerderlotse.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictScorerTest {

  private static final ScoringRules RULES =
      new ScoringRules(
          25,
          0,
          0,
          0,
          0.3,
          0.1,
          new ScoringRules.Weights(0, 0, 0, 0, 0, 0),
          new ScoringRules.Threshold(0, 0),
          new ScoringRules.Threshold(0, 0),
          new ScoringRules.Threshold(0, 0));
  private final ConflictScorer scorer = new ConflictScorer(RULES);

  @Test
  void bundledModelLoadsAndGivesProbabilities() {
    ConflictModel model = ConflictModel.bundled();
    assertThat(model.names()).isEqualTo(PairFeatures.NAMES);
    assertThat(model.threshold()).isBetween(0.0, 1.0);
    var e =
        scorer.evaluate(
            project("a", "05358008", "Neubau eines Hallenbades", 50.80, 6.48, "C1"),
            project("b", "05358024", "Sanierung der Schwimmhalle", 50.85, 6.40, "C1"));
    assertThat(e).isPresent();
    assertThat(e.get().probability()).isBetween(0.0, 1.0);
  }

  @Test
  void twoCycleRoutesInOneCallAreNoConflict() {
    var finding =
        scorer.assess(
            project("a", "05358008", "Radweg entlang der L 249 bei Birkesdorf", 50.80, 6.48, "C1"),
            project("b", "05358024", "Lückenschluss Radweg Barmen – Jülich", 50.92, 6.36, "C1"));
    assertThat(finding).isEmpty();
  }

  @Test
  void twoThingsInTheSameBusinessParkAreNotSimilar() {
    var x =
        PairFeatures.of(
            ConflictKind.REDUNDANT,
            project(
                "a", "05358008", "Regenrückhaltebecken im Gewerbegebiet Nord", 50.8, 6.48, null),
            project(
                "b", "05358024", "Wasserstofftankstelle im Gewerbegebiet Nord", 50.8, 6.5, null),
            2.0,
            1,
            false);
    assertThat(x.get("objectSame")).isZero();
    assertThat(x.get("objectHead")).isZero();
    assertThat(x.get("placeOnly")).isEqualTo(1);
  }

  @Test
  void twoIndoorPoolsNearbyInOneCallAreAConflictExplainedInGerman() {
    var finding =
        scorer.assess(
            project("a", "05358008", "Neubau eines Hallenbades in Düren", 50.80, 6.48, "C1"),
            project("b", "05358024", "Neue Schwimmhalle für Kreuzau", 50.75, 6.49, "C1"));
    assertThat(finding).isPresent();
    assertThat(finding.get().kind()).isEqualTo(ConflictKind.COMPETING);
    assertThat(finding.get().explanation().summary()).contains("Konfliktwahrscheinlichkeit");
  }

  @Test
  void twoCentroidsOfOneMunicipalityAreNotOneSite() {
    ConflictProfile a = project("a", "05358008", "Sanierung Hallenbad Düren", 50.80, 6.48, null);
    ConflictProfile b = project("b", "05358008", "Sanierung Hallenbad Düren", 50.80, 6.48, null);
    a = onProgramme(a, "P1");
    b = onProgramme(b, "P2");
    var sites = PairFeatures.of(ConflictKind.DOUBLE_FUNDING, a, b, 0.0, 1, false);
    var centroids =
        PairFeatures.of(
            ConflictKind.DOUBLE_FUNDING, a.withoutSite(), b.withoutSite(), 0.0, 1, false);

    assertThat(sites.get("doubleFundingSameSiteCost")).isPositive();
    assertThat(centroids.get("doubleFundingSameSiteCost")).isZero();
    assertThat(a.withoutSite().siteGiven()).isFalse();
    assertThat(a.siteGiven()).isTrue();
  }

  private static ConflictProfile onProgramme(ConflictProfile p, String programme) {
    return p.asApplication(new Participation(programme, null, p.key() + "-" + programme));
  }

  private static ConflictProfile project(
      String key, String ags, String title, double lat, double lon, String call) {
    return ConflictProfile.of(
        key,
        ags,
        title,
        title,
        "SPORT",
        lat,
        lon,
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2028, 12, 31),
        BigDecimal.valueOf(400_000L + 100_000L * title.length()),
        List.of(),
        call == null ? List.of() : List.of(new Participation("P1", call, key + "-app")),
        true);
  }
}
