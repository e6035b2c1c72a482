package de.foerderlotse.project.conflict.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.foerderlotse.project.conflict.domain.ConflictLabel;
import de.foerderlotse.project.conflict.domain.LabelledProject;

/**
 * One line of the labels export: the schema of the engine's {@code conflict-eval/pairs.jsonl}
 * ({@code id}, {@code expected}, {@code hard}, {@code why}, {@code a}, {@code b}) plus {@code
 * source}, so the engine's retraining reads coordinators' feedback beside the curated pairs.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LabelLine(
    String id,
    String expected,
    boolean hard,
    String why,
    LabelledProject a,
    LabelledProject b,
    String source) {

  /** Where these lines come from, as opposed to the curated set. */
  public static final String FEEDBACK = "feedback";

  static LabelLine of(ConflictLabel label) {
    return new LabelLine(
        label.id.toString(),
        label.expected,
        false,
        label.reason,
        label.projectA,
        label.projectB,
        FEEDBACK);
  }
}
