package de.foerderlotse.project;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.openapi.lint.OpenApiLint;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The API document a scout's developer reads: lint-clean under the spectral:oas rules. */
@QuarkusTest
class OpenApiDocumentTest {

  @Test
  void documentHasNoLintErrorsOrWarnings() throws Exception {
    String body = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    JsonNode document = new ObjectMapper().readTree(body);
    // Kept for reading and for linting offline (OpenApiLint.main).
    Files.createDirectories(Path.of("target/openapi"));
    Files.writeString(Path.of("target/openapi/project-service.json"), body);

    OpenApiLint.assertClean("project-service", document);
  }
}
