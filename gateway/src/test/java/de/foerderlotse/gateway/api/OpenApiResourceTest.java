package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.openapi.lint.OpenApiLint;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The merged document: project- and municipality-service are both the echo server with the same
 * small document, funding-service is down, and the hung test service of {@code HungServiceTest} (a
 * test resource for every test class) never answers.
 */
@QuarkusTest
class OpenApiResourceTest {

  @Test
  void mergesOnlyThePathsEachServiceOwnsWithoutAToken() {
    given()
        .get("/api/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/applications'.get", notNullValue())
        .body("paths.'/api/inbox'.get", notNullValue())
        .body("paths.'/api/programmes'", nullValue())
        .body(
            "paths.'/api/applications'.get.responses.'200'.content.'application/json'.schema.'$ref'",
            equalTo("#/components/schemas/project.Page"))
        .body("components.schemas.'project.Page'.type", equalTo("object"))
        .body("components.schemas.'municipality.Page'.type", equalTo("object"))
        .body("components.securitySchemes.keycloak.scheme", equalTo("bearer"))
        .body("x-unavailable-services", containsInAnyOrder("frozen", "funding"));
  }

  @Test
  void carriesTagsAndOnlyTheSchemasTheKeptPathsReach() {
    given()
        .get("/api/openapi")
        .then()
        .statusCode(200)
        .body("tags.name", containsInAnyOrder("applications", "inbox"))
        .body("components.schemas.'project.Item'.type", equalTo("object"))
        .body("components.schemas.'project.Programme'", nullValue())
        .body("servers[0].url", equalTo("/"));
  }

  @Test
  void mergedDocumentIsLintCleanWhenTheServicesDocumentsAre() throws Exception {
    String body = given().get("/api/openapi").then().statusCode(200).extract().asString();

    OpenApiLint.assertClean("merged (echo services)", new ObjectMapper().readTree(body));
  }
}
