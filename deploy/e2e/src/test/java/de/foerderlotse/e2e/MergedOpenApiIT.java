package de.foerderlotse.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.openapi.lint.OpenApiLint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merged document of the running system, as a scout's developer fetches it from the gateway.
 */
class MergedOpenApiIT {

  @BeforeAll
  static void startSystem() {
    RunningSystem.get();
  }

  @Test
  void mergedDocumentOfAllServicesHasNoLintErrorsOrWarnings() throws Exception {
    String body =
        given()
            .get(RunningSystem.url("gateway") + "/api/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode document = new ObjectMapper().readTree(body);
    Files.createDirectories(Path.of("target/openapi"));
    Files.writeString(Path.of("target/openapi/merged.json"), body);

    assertThat(document.path("x-unavailable-services")).isEmpty();
    OpenApiLint.assertClean("merged /api/openapi", document);
  }
}
