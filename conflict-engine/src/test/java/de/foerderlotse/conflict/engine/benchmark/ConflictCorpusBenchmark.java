package de.foerderlotse.conflict.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.ConflictScorer;
import de.foerderlotse.conflict.engine.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement ({@code -Pbenchmark}): all real EFRE NRW 2007–2013 municipal
 * projects scored pairwise, among the pairs the service's candidate rule considers (a title key
 * term of one among the other's key terms; the scorer's own gate does the rest). Separately
 * approved real projects, so a conflict among them is mostly a false alarm.
 */
class ConflictCorpusBenchmark {

  static final String CORPUS = "/conflict-eval/efre/municipal-projects.jsonl";

  @Test
  void countsConflictsAmongRealMunicipalProjects() throws IOException {
    List<EvalPairs.Project> projects = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(CORPUS)) {
      assertThat(in).as(CORPUS).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          projects.add(EvalPairs.JSON.readValue(line, EvalPairs.Project.class));
        }
      }
    }
    List<ConflictProfile> profiles = new ArrayList<>();
    for (EvalPairs.Project p : projects) {
      profiles.add(p.profile(p.id()));
    }
    Map<String, List<Integer>> byKeyTerm = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (String term : profiles.get(i).keyTerms()) {
        byKeyTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
      }
    }
    ConflictScorer scorer = new ConflictScorer(ModelTraining.RULES);
    Map<String, Integer> byKind = new TreeMap<>();
    StringBuilder list = new StringBuilder();
    int candidates = 0;
    int flagged = 0;
    for (int i = 0; i < profiles.size(); i++) {
      Set<Integer> others = new TreeSet<>();
      for (String term : profiles.get(i).titleKeyTerms()) {
        others.addAll(byKeyTerm.getOrDefault(term, List.of()));
      }
      for (int j : others) {
        if (j == i
            || (j < i
                && profiles.get(j).titleKeyTerms().stream()
                    .anyMatch(profiles.get(i).keyTerms()::contains))) {
          continue;
        }
        candidates++;
        var finding = scorer.assess(profiles.get(i), profiles.get(j));
        if (finding.isPresent()) {
          Finding f = finding.get();
          flagged++;
          byKind.merge(f.kind().name(), 1, Integer::sum);
          list.append(
              String.format(
                  Locale.ROOT,
                  "  %3d %-14s p=%.2f %s km | %s (%s) | %s (%s)%n",
                  flagged,
                  f.kind(),
                  f.score(),
                  f.explanation().distanceKm(),
                  projects.get(i).title(),
                  projects.get(i).id(),
                  projects.get(j).title(),
                  projects.get(j).id()));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n=== conflicts among real EFRE municipal projects ===%n%d projects, %d candidate pairs,"
            + " %d conflicts = %.2f per 100 projects, by kind %s%n%s",
        projects.size(),
        candidates,
        flagged,
        100.0 * flagged / projects.size(),
        byKind,
        list);
  }
}
