package de.foerderlotse.project.alert.domain;

import java.util.List;

/**
 * An alert about to be raised.
 *
 * @param municipalities AGS of the addressed municipalities
 * @param county whether the county's funding management is addressed
 * @param dedupKey the same key is raised only once
 */
public record AlertDraft(
    AlertType type,
    Severity severity,
    List<String> municipalities,
    boolean county,
    List<Subject> subjects,
    String message,
    String dedupKey) {

  public AlertDraft {
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }
}
