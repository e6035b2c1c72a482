package de.foerderlotse.municipality.domain;

import java.time.Instant;
import java.util.List;

/**
 * An alert or piece of advice raised elsewhere (deadline, conflict, match, budget, compliance), as
 * the inbox needs it.
 *
 * @param municipalities AGS of the addressed municipalities
 * @param county whether the county's funding management is addressed too
 */
public record Alert(
    String id,
    String type,
    String severity,
    List<String> municipalities,
    boolean county,
    List<SubjectRef> subjects,
    String message,
    String dedupKey,
    Instant createdAt) {

  public Alert {
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }
}
