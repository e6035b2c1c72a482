package de.foerderlotse.municipality.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.foerderlotse.municipality.domain.Alert;
import de.foerderlotse.municipality.domain.Contact;
import de.foerderlotse.municipality.domain.CostCategory;
import de.foerderlotse.municipality.domain.CostItem;
import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.GeoPoint;
import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityData;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.municipality.domain.ProjectDetails;
import de.foerderlotse.municipality.domain.ProjectStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented schemas and the events this service really sends or reads agree. */
class EventSchemaTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

  private final ObjectMapper json =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void projectChangedMatchesItsSchema() throws IOException {
    Project project = Project.newFor("05358008", "anna", NOW);
    project.apply(
        new ProjectDetails(
            "Radschnellweg",
            "Von Düren nach Merzenich",
            FundingArea.MOBILITY,
            new GeoPoint(50.8, 6.5),
            LocalDate.of(2027, 1, 1),
            null,
            new BigDecimal("1200000"),
            List.of(new CostItem("Bau", new BigDecimal("900000"), CostCategory.CONSTRUCTION)),
            List.of("05358040"),
            2,
            ProjectStatus.PLANNED),
        "anna",
        NOW);
    JsonNode event = json.valueToTree(ProjectChanged.of(project, List.of("created")));

    assertThat(violations(schema("project-changed.v1.json"), event)).isEmpty();
  }

  @Test
  void municipalityChangedMatchesItsSchema() throws IOException {
    Municipality municipality =
        Municipality.from(
            new MunicipalityData(
                "05358008",
                "Düren, Stadt",
                MunicipalityKind.CITY,
                "05358000",
                91216,
                new BigDecimal("85.00"),
                "52349",
                new GeoPoint(50.801678, 6.482964),
                List.of()),
            List.of("05358040"),
            "system:seed",
            NOW);
    municipality.changeContact(new Contact("Frau A", null, null), "anna", NOW);
    JsonNode event = json.valueToTree(MunicipalityChanged.of(municipality, List.of("contact")));

    assertThat(violations(schema("municipality-changed.v1.json"), event)).isEmpty();
  }

  @Test
  void readsTheDocumentedAlertExample() throws IOException {
    JsonNode schema = schema("alert-raised.v1.json");
    JsonNode example = schema.get("examples").get(0);
    assertThat(violations(schema, example)).isEmpty();

    Alert alert = json.treeToValue(example, AlertRaised.class).toAlert();

    assertThat(alert.municipalities()).containsExactly("05358008", "05358040");
    assertThat(alert.county()).isTrue();
    assertThat(alert.subjects()).hasSize(2);
    assertThat(alert.dedupKey()).startsWith("conflict:");
  }

  @Test
  void findsViolationsSoTheCheckCanFail() throws IOException {
    JsonNode wrong = json.readTree("{\"ags\":5358008,\"unexpected\":true}");
    assertThat(violations(schema("municipality-changed.v1.json"), wrong))
        .contains("$.ags: expected [string]", "$: unexpected property unexpected")
        .anyMatch(v -> v.contains("missing required version"));
  }

  private JsonNode schema(String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/" + name)) {
      return json.readTree(in);
    }
  }

  /** A deliberately small JSON Schema check: types, required, additionalProperties, enum. */
  private static List<String> violations(JsonNode schema, JsonNode value) {
    List<String> found = new ArrayList<>();
    check(schema, value, "$", found);
    return found;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> found) {
    List<String> types = new ArrayList<>();
    JsonNode type = schema.get("type");
    if (type != null) {
      type.forEach(t -> types.add(t.asText()));
      if (type.isTextual()) {
        types.add(type.asText());
      }
      String actual = typeOf(value);
      boolean integerAsNumber = actual.equals("integer") && types.contains("number");
      if (!types.contains(actual) && !integerAsNumber) {
        found.add(path + ": expected " + types);
        return;
      }
    }
    if (schema.has("enum") && !value.isNull()) {
      List<String> allowed = new ArrayList<>();
      schema.get("enum").forEach(e -> allowed.add(e.asText()));
      if (!allowed.contains(value.asText())) {
        found.add(path + ": " + value.asText() + " not in enum");
      }
    }
    if (value.isObject()) {
      schema
          .path("required")
          .forEach(
              r -> {
                if (!value.has(r.asText())) {
                  found.add(path + ": missing required " + r.asText());
                }
              });
      JsonNode properties = schema.path("properties");
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (properties.has(field.getKey())) {
          check(
              properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), found);
        } else if (schema.path("additionalProperties").asBoolean(true) == false) {
          found.add(path + ": unexpected property " + field.getKey());
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static String typeOf(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return value.isArray() ? "array" : "object";
  }
}
