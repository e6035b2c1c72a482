package de.foerderlotse.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pair the local demo (deploy/infra DemoScenario) registers for Düren and Jülich must stay a
 * conflict under the county's criterion, and the earlier demo pair of two mobility hubs, a local
 * need, must not.
 */
class DemoScenarioPairTest {

  private final ConflictScorer scorer =
      new ConflictScorer(
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
              new ScoringRules.Threshold(0, 0)));

  @Test
  void twoHydrogenStationsOfNeighboursInOneCallCompete() {
    var finding =
        scorer.assess(
            hydrogen("dueren", "05358008", "Düren", 50.8044, 6.4923),
            hydrogen("juelich", "05358024", "Jülich", 50.9220, 6.3583));
    assertThat(finding).isPresent();
    assertThat(finding.get().kind()).isEqualTo(ConflictKind.COMPETING);
  }

  @Test
  void twoMobilityHubsAtTheirOwnStationsAreALocalNeed() {
    var finding =
        scorer.assess(
            project(
                "dueren",
                "05358008",
                "Mobilstation mit Radweg und Fahrradparkhaus am Bahnhof Düren",
                "Mobilstation am Bahnhof Düren mit Radweg zur Innenstadt, Fahrradparkhaus,"
                    + " Ladesäulen und Carsharing-Stellplätzen.",
                50.8044,
                6.4923),
            project(
                "juelich",
                "05358024",
                "Mobilstation mit Radweg und Fahrradparkhaus am Bahnhof Jülich",
                "Mobilstation am Bahnhof Jülich mit Radweg zur Innenstadt, Fahrradparkhaus,"
                    + " Ladesäulen und Carsharing-Stellplätzen.",
                50.9220,
                6.3583));
    assertThat(finding).isEmpty();
  }

  private static ConflictProfile hydrogen(
      String key, String ags, String town, double lat, double lon) {
    return project(
        key,
        ags,
        "Wasserstofftankstelle für Busse und Lkw in " + town,
        "Öffentliche Wasserstofftankstelle in "
            + town
            + " für Linienbusse, Abfallsammelfahrzeuge und Lkw aus der Region, mit Elektrolyseur"
            + " und Speicher.",
        lat,
        lon);
  }

  private static ConflictProfile project(
      String key, String ags, String title, String description, double lat, double lon) {
    return ConflictProfile.of(
        key,
        ags,
        title,
        description,
        "MOBILITY",
        lat,
        lon,
        LocalDate.of(2027, 6, 1),
        LocalDate.of(2028, 12, 1),
        new BigDecimal("500000.00"),
        List.of(),
        List.of(new Participation("demo-programme", "demo-call", key + "-application")),
        true);
  }
}
