package de.foerderlotse.project.conflict.domain;

import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.conflict.engine.Finding;
import de.foerderlotse.conflict.engine.Finding.Explanation;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.conflict.domain.HistoryEntry.Action;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A detected conflict between two projects, with its lifecycle and history. */
@Entity
@Table(name = "conflict")
public class Conflict extends PanacheEntityBase {

  /** Who acts when the detector itself changes a conflict. */
  public static final String DETECTOR = "konfliktpruefung";

  @Id public UUID id;

  @Version public long version;

  @Enumerated(EnumType.STRING)
  public ConflictKind kind;

  /** The unordered pair, canonical: see {@link #pairKey}. */
  @Column(name = "pair_key")
  public String pairKey;

  @Enumerated(EnumType.STRING)
  public ConflictStatus status;

  public double score;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public Explanation explanation;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "side_a", columnDefinition = "jsonb")
  public ConflictSide sideA;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "side_b", columnDefinition = "jsonb")
  public ConflictSide sideB;

  @Column(name = "ags_a")
  public String agsA;

  @Column(name = "ags_b")
  public String agsB;

  @Column(name = "project_a")
  public UUID projectA;

  @Column(name = "project_b")
  public UUID projectB;

  @Column(name = "programme_a")
  public UUID programmeA;

  @Column(name = "programme_b")
  public UUID programmeB;

  @Enumerated(EnumType.STRING)
  public Resolution resolution;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public List<HistoryEntry> history = new ArrayList<>();

  public String fingerprint;

  @Column(name = "detected_at")
  public Instant detectedAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * Since when the detector no longer finds a live pair after an edit; null while it does. Written
   * only by {@code ConflictRecords} with its own statements, so settling never bumps the version.
   */
  @Column(name = "vanished_at", insertable = false, updatable = false)
  public Instant vanishedAt;

  /** The canonical key of an unordered pair: the smaller key first. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** Whether the caller's municipality is on one side. */
  public boolean involves(String ags) {
    return ags.equals(agsA) || ags.equals(agsB);
  }

  /** A title for alerts and lists. */
  public String title() {
    return sideA.projectTitle() + " / " + sideB.projectTitle();
  }

  public void acknowledge(String by, String comment, Instant at) {
    if (status != ConflictStatus.OPEN) {
      throw DomainException.conflict(
          "Nur ein offener Konflikt kann zur Kenntnis genommen werden; dieser ist "
              + label(status)
              + ".");
    }
    status = ConflictStatus.ACKNOWLEDGED;
    record(at, by, Action.ACKNOWLEDGED, comment);
  }

  public void comment(String by, String text, Instant at) {
    record(at, by, Action.COMMENTED, text);
  }

  public void resolve(String by, Resolution how, String reason, Instant at) {
    requireLive("gelöst");
    status = ConflictStatus.RESOLVED;
    resolution = how;
    record(at, by, Action.RESOLVED, reason);
  }

  public void dismiss(String by, String reason, Instant at) {
    requireLive("verworfen");
    status = ConflictStatus.DISMISSED;
    record(at, by, Action.DISMISSED, reason);
  }

  /** What re-detection did to this conflict. */
  public enum Redetection {
    UNCHANGED,
    UPDATED,
    /** A live conflict took another kind in place (e.g. REDUNDANT → COMPETING). */
    RELABELLED,
    REOPENED
  }

  /**
   * The detector found the pair again. A closed conflict reopens only if the material fingerprint
   * changed or the detector itself had closed it; a live one takes the new score and sides, and a
   * new kind in place.
   */
  public Redetection redetected(
      Finding finding, ConflictSide a, ConflictSide b, String newFingerprint, Instant at) {
    boolean material = !Objects.equals(fingerprint, newFingerprint);
    ConflictKind previous = kind;
    if (status.isClosed()) {
      if (!material && !closedByDetector()) {
        return Redetection.UNCHANGED;
      }
      take(finding, a, b, newFingerprint);
      status = ConflictStatus.OPEN;
      resolution = null;
      record(at, DETECTOR, Action.REOPENED, "Ein Projekt hat sich wesentlich geändert.");
      relabelled(previous, at);
      return Redetection.REOPENED;
    }
    if (previous != finding.kind()) {
      take(finding, a, b, newFingerprint);
      relabelled(previous, at);
      return Redetection.RELABELLED;
    }
    boolean changed =
        material
            || score != finding.score()
            || !Objects.equals(explanation, finding.explanation())
            || !Objects.equals(sideA, a)
            || !Objects.equals(sideB, b);
    if (!changed) {
      return Redetection.UNCHANGED;
    }
    take(finding, a, b, newFingerprint);
    if (material) {
      record(at, DETECTOR, Action.UPDATED, null);
    } else {
      updatedAt = at;
    }
    return Redetection.UPDATED;
  }

  /** The detector no longer finds the pair (a project changed or an application ended). */
  public boolean vanished(Resolution how, String reason, Instant at) {
    if (status.isClosed()) {
      return false;
    }
    status = ConflictStatus.RESOLVED;
    resolution = how;
    record(at, DETECTOR, Action.RESOLVED, reason);
    return true;
  }

  public static Conflict detected(
      String pairKey,
      Finding finding,
      ConflictSide a,
      ConflictSide b,
      String fingerprint,
      Instant at) {
    Conflict conflict = new Conflict();
    conflict.id = UUID.randomUUID();
    conflict.pairKey = pairKey;
    conflict.status = ConflictStatus.OPEN;
    conflict.detectedAt = at;
    conflict.take(finding, a, b, fingerprint);
    conflict.record(at, DETECTOR, Action.DETECTED, finding.explanation().summary());
    return conflict;
  }

  /** Whether the last closing was the detector's, not a person's decision. */
  private boolean closedByDetector() {
    for (int i = history.size() - 1; i >= 0; i--) {
      HistoryEntry entry = history.get(i);
      if (entry.action() == Action.RESOLVED || entry.action() == Action.DISMISSED) {
        return DETECTOR.equals(entry.by());
      }
    }
    return false;
  }

  private void relabelled(ConflictKind previous, Instant at) {
    if (previous == kind) {
      return;
    }
    String comment =
        "Art geändert von „"
            + label(previous)
            + "“ zu „"
            + label(kind)
            + "“: "
            + explanation.summary();
    List<HistoryEntry> entries = new ArrayList<>(history);
    entries.add(new HistoryEntry(at, DETECTOR, Action.KIND_CHANGED, comment, previous, kind));
    history = entries;
    updatedAt = at;
  }

  /** The German name of a kind, for alerts and history. */
  public static String label(ConflictKind kind) {
    return switch (kind) {
      case COMPETING -> "Konkurrierende Anträge";
      case DOUBLE_FUNDING -> "Mögliche Doppelförderung";
      case REDUNDANT -> "Mögliche Doppelplanung";
    };
  }

  private void take(Finding finding, ConflictSide a, ConflictSide b, String newFingerprint) {
    kind = finding.kind();
    score = finding.score();
    explanation = finding.explanation();
    sideA = a;
    sideB = b;
    agsA = a.municipalityAgs();
    agsB = b.municipalityAgs();
    projectA = a.projectId();
    projectB = b.projectId();
    programmeA = a.programmeId();
    programmeB = b.programmeId();
    fingerprint = newFingerprint;
  }

  private void requireLive(String verb) {
    if (status.isClosed()) {
      throw DomainException.conflict(
          "Der Konflikt ist bereits " + label(status) + " und kann nicht " + verb + " werden.");
    }
  }

  private void record(Instant at, String by, Action action, String comment) {
    List<HistoryEntry> entries = new ArrayList<>(history);
    entries.add(new HistoryEntry(at, by, action, comment));
    history = entries;
    updatedAt = at;
  }

  private static String label(ConflictStatus status) {
    return switch (status) {
      case OPEN -> "offen";
      case ACKNOWLEDGED -> "zur Kenntnis genommen";
      case RESOLVED -> "gelöst";
      case DISMISSED -> "verworfen";
    };
  }
}
