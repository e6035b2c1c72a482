package de.foerderlotse.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The conflict page rendered from an answer shaped as the conflict API contract says: explanation,
 * both sides, actions by role. (The whole flow runs in a real browser in deploy/e2e.)
 */
@QuarkusTest
class PageTemplatesTest {

  private static final String CONFLICT =
      """
      {"id":"0b0e8a4e-1111-4f6a-9d7e-000000000001","kind":"COMPETING","status":"OPEN","score":0.82,
       "explanation":{"textScore":0.74,"sharedTerms":["mobilstation","radweg"],"distanceKm":14.2,
                      "timeOverlapDays":540,"sameProgramme":true,"sameCall":true,
                      "summary":"Beide Projekte planen eine Mobilstation mit Radweg im selben Aufruf."},
       "sides":[{"municipalityAgs":"05358008","municipalityName":"Düren","projectTitle":"Mobilstation Düren",
                 "programmeTitle":"Nahmobilität","category":"MOBILITY","plannedStart":"2027-01-01",
                 "plannedEnd":"2028-06-30","totalCost":500000.00},
                {"municipalityAgs":"05358024","municipalityName":"Jülich","projectTitle":"Mobilstation Jülich",
                 "programmeTitle":null,"category":null,"plannedStart":null,"plannedEnd":null,"totalCost":null}],
       "resolution":null,
       "history":[{"at":"2026-11-25T05:00:00Z","by":"system","action":"DETECTED","comment":null}],
       "detectedAt":"2026-11-25T05:00:00Z","updatedAt":"2026-11-25T05:00:00Z","version":1}
      """;

  @Inject
  @Location("konflikt")
  Template conflict;

  @Inject ObjectMapper json;

  @Test
  void showsExplanationBothSidesAndTheCoordinatorsActions() throws Exception {
    Object data = json.readValue(CONFLICT, Object.class);
    String page =
        conflict
            .data("nutzer", new Viewer("Kai", "Kreiskoordination", true, true, false, null))
            .data("seite", "konflikte")
            .data("k", new ServiceReader.Answer(data, 200, null))
            .data("eigeneSeite", false)
            .data("meldung", null)
            .data("fehler", null)
            .render();

    assertThat(page)
        .contains("<h1>Konkurrierende Anträge</h1>")
        .contains("Beide Projekte planen eine Mobilstation")
        .contains("mobilstation, radweg")
        .contains("Mobilstation Düren", "Mobilstation Jülich")
        .contains("<dd>Mobilität und Verkehr</dd>")
        .doesNotContain(">MOBILITY<")
        .contains("id=\"konflikt-status\">offen<")
        .contains("Als gelöst markieren", "Verwerfen", "Zur Kenntnis nehmen");
  }

  @Test
  void aMunicipalityOnOneSideMayOnlyAcknowledgeAndComment() throws Exception {
    Object data = json.readValue(CONFLICT, Object.class);
    String page =
        conflict
            .data("nutzer", new Viewer("Düren", "Kommune 05358008", false, false, true, "05358008"))
            .data("seite", "konflikte")
            .data("k", new ServiceReader.Answer(data, 200, null))
            .data("eigeneSeite", true)
            .data("meldung", null)
            .data("fehler", null)
            .render();

    assertThat(page).contains("Zur Kenntnis nehmen", "Kommentieren").doesNotContain("Verwerfen");
  }
}
