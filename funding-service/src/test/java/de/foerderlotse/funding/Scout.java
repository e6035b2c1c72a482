package de.foerderlotse.funding;

import static io.restassured.RestAssured.given;

import de.foerderlotse.infra.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A signed-in scout calling the API, for tests. */
public final class Scout {

  public static final String TOKEN = TestTokens.of("sina", "scout");

  private Scout() {}

  public static RequestSpecification request() {
    return given().auth().oauth2(TOKEN).contentType(ContentType.JSON);
  }

  public static ValidatableResponse register(String json) {
    return request().body(json).post("/api/programmes").then();
  }

  /** Registers a programme and returns its id. */
  public static String registered(String json) {
    return register(json).statusCode(201).extract().path("id");
  }

  public static ValidatableResponse get(String id) {
    return request().get("/api/programmes/" + id).then();
  }

  public static ValidatableResponse put(String id, long version, String json) {
    return request()
        .header("If-Match", "\"" + version + "\"")
        .body(json)
        .put("/api/programmes/" + id)
        .then();
  }

  /** A deadline {@code days} from now in the county's zone, as JSON text. */
  public static String deadlineInDays(int days) {
    return OffsetDateTime.now(ZoneId.of("Europe/Berlin"))
        .plusDays(days)
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }
}
