package de.foerderlotse.project.service.conflict;

import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.project.domain.alert.AlertDraft;
import de.foerderlotse.project.domain.alert.AlertType;
import de.foerderlotse.project.domain.alert.Severity;
import de.foerderlotse.project.domain.alert.Subject;
import de.foerderlotse.project.domain.conflict.Conflict;
import de.foerderlotse.project.domain.conflict.ConflictStatus;
import de.foerderlotse.project.domain.conflict.HistoryEntry;
import de.foerderlotse.project.events.ConflictEvents;
import de.foerderlotse.project.service.alert.AlertService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tells the world about conflict changes: every change on {@code project.conflict.v1}; a detected
 * or reopened conflict, and a resolved or dismissed one, as an alert to both municipalities and the
 * county.
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
    alerts.raise(detectedAlert(conflict));
  }

  void changed(Conflict conflict, boolean reopened) {
    events.changed(
        conflict, (reopened ? HistoryEntry.Action.REOPENED : HistoryEntry.Action.UPDATED).name());
    if (reopened) {
      alerts.raise(detectedAlert(conflict));
    }
  }

  /** After a user's action (acknowledged, commented, resolved, dismissed). */
  void acted(Conflict conflict, HistoryEntry.Action action) {
    events.changed(conflict, action.name());
    if (conflict.status.isClosed()
        && (action == HistoryEntry.Action.RESOLVED || action == HistoryEntry.Action.DISMISSED)) {
      alerts.raise(resolvedAlert(conflict));
    }
  }

  void resolved(Conflict conflict) {
    events.changed(conflict, HistoryEntry.Action.RESOLVED.name());
    alerts.raise(resolvedAlert(conflict));
  }

  private static AlertDraft detectedAlert(Conflict conflict) {
    return new AlertDraft(
        AlertType.CONFLICT_DETECTED,
        conflict.kind == ConflictKind.DOUBLE_FUNDING ? Severity.CRITICAL : Severity.WARNING,
        addressees(conflict),
        true,
        subjects(conflict),
        kindLabel(conflict.kind)
            + ": „"
            + conflict.sideA.projectTitle()
            + "“ ("
            + conflict.sideA.municipalityName()
            + ") und „"
            + conflict.sideB.projectTitle()
            + "“ ("
            + conflict.sideB.municipalityName()
            + "). "
            + conflict.explanation.summary(),
        "CONFLICT_DETECTED:" + conflict.id + ":" + conflict.fingerprint);
  }

  private static AlertDraft resolvedAlert(Conflict conflict) {
    String how =
        conflict.status == ConflictStatus.DISMISSED
            ? "als kein Konflikt verworfen"
            : "gelöst (" + conflict.resolution + ")";
    return new AlertDraft(
        AlertType.CONFLICT_RESOLVED,
        Severity.INFO,
        addressees(conflict),
        true,
        subjects(conflict),
        kindLabel(conflict.kind)
            + " zwischen „"
            + conflict.sideA.projectTitle()
            + "“ und „"
            + conflict.sideB.projectTitle()
            + "“ wurde "
            + how
            + ".",
        "CONFLICT_RESOLVED:" + conflict.id + ":" + conflict.version);
  }

  private static List<String> addressees(Conflict conflict) {
    return List.copyOf(new LinkedHashSet<>(List.of(conflict.agsA, conflict.agsB)));
  }

  private static List<Subject> subjects(Conflict conflict) {
    return List.of(
        Subject.conflict(conflict.id, conflict.title()),
        Subject.project(conflict.projectA, conflict.sideA.projectTitle()),
        Subject.project(conflict.projectB, conflict.sideB.projectTitle()));
  }

  static String kindLabel(ConflictKind kind) {
    return switch (kind) {
      case COMPETING -> "Konkurrierende Anträge";
      case DOUBLE_FUNDING -> "Mögliche Doppelförderung";
      case REDUNDANT -> "Mögliche Doppelplanung";
    };
  }
}
