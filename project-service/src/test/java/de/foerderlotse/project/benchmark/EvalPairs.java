package de.foerderlotse.project.benchmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.foerderlotse.conflict.engine.ConflictProfile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The labelled evaluation set (format: see conflict-eval/LABELLING.md) as scorer profiles. */
final class EvalPairs {

  static final String LABELLED = "/conflict-eval/pairs.jsonl";
  static final String DEVELOPMENT = "/conflict-dev/pairs.jsonl";

  record Project(
      String ags,
      String title,
      String description,
      String category,
      Double lat,
      Double lon,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      BigDecimal totalCost,
      List<ConflictProfile.CostItem> costItems,
      String programme,
      String call,
      String applicationStatus) {

    ConflictProfile profile(String key) {
      List<ConflictProfile.Participation> participations =
          programme == null
              ? List.of()
              : List.of(new ConflictProfile.Participation(programme, call, null));
      return ConflictProfile.of(
          key,
          ags,
          title,
          description,
          category,
          lat,
          lon,
          plannedStart,
          plannedEnd,
          totalCost,
          costItems,
          participations,
          true);
    }

    String text() {
      return title + " " + (description == null ? "" : description);
    }
  }

  record Pair(String id, String expected, boolean hard, String why, Project a, Project b) {}

  private EvalPairs() {}

  /** The labelled set if it is there, else the small development set. */
  static String source() {
    return EvalPairs.class.getResource(LABELLED) != null ? LABELLED : DEVELOPMENT;
  }

  static List<Pair> load(String resource) throws IOException {
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = EvalPairs.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          pairs.add(json.readValue(line, Pair.class));
        }
      }
    }
    return pairs;
  }
}
