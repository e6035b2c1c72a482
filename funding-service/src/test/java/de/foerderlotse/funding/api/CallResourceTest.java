package de.foerderlotse.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.foerderlotse.funding.Scout;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallResourceTest {

  private static String call(String deadline) {
    return """
        {"title":"Stichtag Herbst","budget":250000,
         "stages":[{"kind":"CUT_OFF","label":"1. Stichtag","deadline":"%s"}]}
        """
        .formatted(deadline);
  }

  @Test
  void addsMovesAndRemovesACallEachAsNewProgrammeVersion() {
    String id =
        Scout.registered("{\"title\":\"Aufrufe\",\"fundingBody\":\"Land\",\"status\":\"OPEN\"}");

    String callId =
        Scout.request()
            .header("If-Match", "\"0\"")
            .body(call(Scout.deadlineInDays(30)))
            .post("/api/programmes/" + id + "/calls")
            .then()
            .statusCode(201)
            .header("ETag", "\"1\"")
            .body("stages[0].kind", equalTo("CUT_OFF"))
            .extract()
            .path("id");

    Scout.request()
        .header("If-Match", "\"1\"")
        .body(call(Scout.deadlineInDays(60)))
        .put("/api/programmes/" + id + "/calls/" + callId)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"");
    Scout.request()
        .get("/api/programmes/" + id + "/history?field=calls")
        .then()
        .statusCode(200)
        .body("items.field", hasItem("calls." + callId + ".stages.0.deadline"));

    Scout.request()
        .header("If-Match", "\"2\"")
        .delete("/api/programmes/" + id + "/calls/" + callId)
        .then()
        .statusCode(204)
        .header("ETag", "\"3\"");
    Scout.request()
        .get("/api/programmes/" + id + "/calls")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void rejectsCallWithPastDeadlineWith422AndStaleVersionWith412() {
    String id =
        Scout.registered("{\"title\":\"Aufrufe\",\"fundingBody\":\"Land\",\"status\":\"OPEN\"}");

    Scout.request()
        .header("If-Match", "\"0\"")
        .body(call("2021-05-01T12:00:00+02:00"))
        .post("/api/programmes/" + id + "/calls")
        .then()
        .statusCode(422);
    Scout.request()
        .header("If-Match", "\"7\"")
        .body(call(Scout.deadlineInDays(10)))
        .post("/api/programmes/" + id + "/calls")
        .then()
        .statusCode(412);
  }

  @Test
  void rejectsCallWithoutStagesWith400AndUnknownCallWith404() {
    String id =
        Scout.registered("{\"title\":\"Aufrufe\",\"fundingBody\":\"Land\",\"status\":\"OPEN\"}");

    Scout.request()
        .header("If-Match", "\"0\"")
        .body("{\"title\":\"Leer\",\"stages\":[]}")
        .post("/api/programmes/" + id + "/calls")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("stages"));
    Scout.request()
        .get("/api/programmes/" + id + "/calls/6f1c2a9e-0000-4000-8000-000000000000")
        .then()
        .statusCode(404);
  }
}
