package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.Conflict.Redetection;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.ConflictStatus;
import de.foerderlotse.project.conflict.domain.HistoryEntry;
import de.foerderlotse.project.conflict.events.ConflictEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the world about conflict changes: every change on {@code project.conflict.v1}; a detected
 * or reopened conflict, and a resolved or dismissed one, as alerts. Each municipality gets its own
 * alert naming only its own project (the other side's id stays hidden, as in the conflict API); the
 * county gets one naming both. A kind re-labelled in place is no new alert.
 */
@ApplicationScoped
public class ConflictNotices {

  private final ConflictEvents events;
  private final AlertService alerts;

  public ConflictNotices(ConflictEvents events, AlertService alerts) {
    this.events = events;
    this.alerts = alerts;
  }

  void detected(Conflict conflict) {
    events.changed(conflict, HistoryEntry.Action.DETECTED.name());
    raise(conflict, AlertType.CONFLICT_DETECTED);
  }

  void changed(Conflict conflict, Redetection outcome) {
    HistoryEntry.Action change =
        switch (outcome) {
          case REOPENED -> HistoryEntry.Action.REOPENED;
          case RELABELLED -> HistoryEntry.Action.KIND_CHANGED;
          default -> HistoryEntry.Action.UPDATED;
        };
    events.changed(conflict, change.name());
    if (outcome == Redetection.REOPENED) {
      raise(conflict, AlertType.CONFLICT_DETECTED);
    }
  }

  /** After a user's action (acknowledged, commented, resolved, dismissed). */
  void acted(Conflict conflict, HistoryEntry.Action action) {
    events.changed(conflict, action.name());
    if (conflict.status.isClosed()
        && (action == HistoryEntry.Action.RESOLVED || action == HistoryEntry.Action.DISMISSED)) {
      raise(conflict, AlertType.CONFLICT_RESOLVED);
    }
  }

  void resolved(Conflict conflict) {
    events.changed(conflict, HistoryEntry.Action.RESOLVED.name());
    raise(conflict, AlertType.CONFLICT_RESOLVED);
  }

  /** One alert per addressee; the version in the key makes each real change alert once. */
  private void raise(Conflict conflict, AlertType type) {
    String key = type + ":" + conflict.id + ":" + conflict.version + ":";
    Set<String> municipalities = new LinkedHashSet<>(List.of(conflict.agsA, conflict.agsB));
    for (String ags : municipalities) {
      List<Subject> own = new ArrayList<>();
      own.add(Subject.conflict(conflict.id, conflict.title()));
      addIfOwn(own, conflict.sideA, ags);
      if (!conflict.projectB.equals(conflict.projectA)) {
        addIfOwn(own, conflict.sideB, ags);
      }
      alerts.raise(draft(conflict, type, List.of(ags), false, own, key + ags));
    }
    List<Subject> both = new ArrayList<>();
    both.add(Subject.conflict(conflict.id, conflict.title()));
    both.add(Subject.project(conflict.projectA, conflict.sideA.projectTitle()));
    if (!conflict.projectB.equals(conflict.projectA)) {
      both.add(Subject.project(conflict.projectB, conflict.sideB.projectTitle()));
    }
    alerts.raise(draft(conflict, type, List.of(), true, both, key + "county"));
  }

  private static void addIfOwn(List<Subject> subjects, ConflictSide side, String ags) {
    if (ags.equals(side.municipalityAgs())) {
      subjects.add(Subject.project(side.projectId(), side.projectTitle()));
    }
  }

  private static AlertDraft draft(
      Conflict conflict,
      AlertType type,
      List<String> municipalities,
      boolean county,
      List<Subject> subjects,
      String dedupKey) {
    boolean detected = type == AlertType.CONFLICT_DETECTED;
    Severity severity =
        !detected
            ? Severity.INFO
            : conflict.kind == ConflictKind.DOUBLE_FUNDING ? Severity.CRITICAL : Severity.WARNING;
    return new AlertDraft(
        type,
        severity,
        municipalities,
        county,
        subjects,
        detected ? detectedMessage(conflict) : resolvedMessage(conflict),
        dedupKey);
  }

  private static String detectedMessage(Conflict conflict) {
    return Conflict.label(conflict.kind)
        + ": „"
        + conflict.sideA.projectTitle()
        + "“ ("
        + conflict.sideA.municipalityName()
        + ") und „"
        + conflict.sideB.projectTitle()
        + "“ ("
        + conflict.sideB.municipalityName()
        + "). "
        + conflict.explanation.summary();
  }

  private static String resolvedMessage(Conflict conflict) {
    String how =
        conflict.status == ConflictStatus.DISMISSED
            ? "als kein Konflikt verworfen"
            : "gelöst (" + conflict.resolution + ")";
    return Conflict.label(conflict.kind)
        + " zwischen „"
        + conflict.sideA.projectTitle()
        + "“ und „"
        + conflict.sideB.projectTitle()
        + "“ wurde "
        + how
        + ".";
  }
}
