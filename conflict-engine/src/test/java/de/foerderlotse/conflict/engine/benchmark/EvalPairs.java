package de.foerderlotse.conflict.engine.benchmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.foerderlotse.conflict.engine.ConflictProfile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The labelled evaluation set (format: see conflict-eval/LABELLING.md) as scorer profiles. */
public final class EvalPairs {

  static final String LABELLED = "/conflict-eval/pairs.jsonl";
  static final String DEVELOPMENT = "/conflict-dev/pairs.jsonl";
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public record Project(
      String id,
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
      String applicationStatus,
      Boolean site) {

    /** The profile; "site": false marks a position that is only the municipality's centroid. */
    public ConflictProfile profile(String key) {
      List<ConflictProfile.Participation> participations =
          programme == null
              ? List.of()
              : List.of(new ConflictProfile.Participation(programme, call, null));
      ConflictProfile profile =
          ConflictProfile.of(
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
      return Boolean.FALSE.equals(site) ? profile.withoutSite() : profile;
    }

    public String text() {
      return title + " " + (description == null ? "" : description);
    }
  }

  /**
   * One labelled pair. {@code split} is "dev" or "test" (frozen); a pair without one (older files)
   * gets a temporary split from a seeded hash of its id, for development only.
   */
  public record Pair(
      String id,
      String expected,
      boolean hard,
      Boolean debatable,
      String split,
      String source,
      String why,
      Project a,
      Project b) {

    public boolean conflict() {
      return !expected.equals("NONE");
    }

    public boolean isDebatable() {
      return Boolean.TRUE.equals(debatable);
    }

    public String splitOrTemporary() {
      if (split != null) {
        return split;
      }
      return Math.floorMod((id + "#seed-20").hashCode(), 2) == 0 ? "dev" : "test";
    }
  }

  private EvalPairs() {}

  /** The labelled set if it is there, else the small development set. */
  static String source() {
    return EvalPairs.class.getResource(LABELLED) != null ? LABELLED : DEVELOPMENT;
  }

  static List<Pair> load(String resource) throws IOException {
    try (InputStream in = EvalPairs.class.getResourceAsStream(resource)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static List<Pair> loadFile(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  static List<Pair> parse(String text) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        pairs.add(JSON.readValue(line, Pair.class));
      }
    }
    return pairs;
  }

  static List<Pair> split(List<Pair> pairs, String split) {
    return pairs.stream().filter(p -> p.splitOrTemporary().equals(split)).toList();
  }

  /** SHA-256 over the ids and labels of the pairs a model is fitted on. */
  static String hash(List<Pair> pairs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Pair p : pairs) {
        digest.update((p.id() + "=" + p.expected() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
