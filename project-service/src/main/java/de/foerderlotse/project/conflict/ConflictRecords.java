package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import de.foerderlotse.conflict.engine.Finding;
import de.foerderlotse.conflict.engine.PairFingerprint;
import de.foerderlotse.project.conflict.ConflictDetection.Detected;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.Conflict.Redetection;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.Resolution;
import de.foerderlotse.project.readmodel.TenantDirectory;
import de.foerderlotse.project.readmodel.domain.ProgrammeView;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns detection results into conflict records: new pairs are inserted once (unique per pair, so
 * re-delivered events cannot duplicate them), known ones updated or re-labelled in place when their
 * kind changes, dismissed ones reopened only after a material change. A live one whose project was
 * withdrawn is resolved at once; one the detector merely stops finding after an edit is only marked
 * and resolved by {@link ConflictSettling} if it stays gone, so an edit and its correction cause no
 * "resolved" and "detected" alerts.
 */
@ApplicationScoped
public class ConflictRecords {

  private final EntityManager entityManager;
  private final TenantDirectory directory;
  private final ConflictNotices notices;
  private final Clock clock;

  public ConflictRecords(
      EntityManager entityManager,
      TenantDirectory directory,
      ConflictNotices notices,
      Clock clock) {
    this.entityManager = entityManager;
    this.directory = directory;
    this.notices = notices;
    this.clock = clock;
  }

  void record(ProjectView project, ConflictProfile profile, List<Detected> found) {
    Instant now = Instant.now(clock);
    Set<UUID> seen = new HashSet<>();
    for (Detected detected : found) {
      seen.add(upsert(detected, now).id);
    }
    List<Conflict> live =
        Conflict.list(
            "(projectA = ?1 or projectB = ?1) and status in ('OPEN', 'ACKNOWLEDGED')", project.id);
    for (Conflict conflict : live) {
      if (!seen.contains(conflict.id)) {
        vanish(conflict, profile, now);
      }
    }
  }

  /** Resolves a live conflict the detector has not found again since {@code vanishedAt}. */
  void settle(Conflict conflict, Instant now) {
    markVanished(conflict, null);
    if (conflict.vanished(
        Resolution.OTHER,
        "Nach einer Änderung erkennt die Konfliktprüfung keinen Konflikt mehr.",
        now)) {
      entityManager.flush();
      notices.resolved(conflict);
    }
  }

  private Conflict upsert(Detected detected, Instant now) {
    boolean subjectFirst = detected.subject().key().compareTo(detected.other().key()) <= 0;
    Finding finding = subjectFirst ? detected.finding() : swapped(detected.finding());
    ConflictProfile a = subjectFirst ? detected.subject() : detected.other();
    ConflictProfile b = subjectFirst ? detected.other() : detected.subject();
    ProjectView viewA = subjectFirst ? detected.subjectView() : detected.otherView();
    ProjectView viewB = subjectFirst ? detected.otherView() : detected.subjectView();
    ConflictSide sideA = side(viewA, finding.sideA());
    ConflictSide sideB = side(viewB, finding.sideB());
    String pairKey = Conflict.pairKey(a.key(), b.key());
    String fingerprint = PairFingerprint.of(finding.kind(), a, b);

    Conflict existing = find(pairKey);
    if (existing == null) {
      Conflict fresh = Conflict.detected(pairKey, finding, sideA, sideB, fingerprint, now);
      if (claim(fresh)) {
        Conflict stored = entityManager.find(Conflict.class, fresh.id);
        copy(fresh, stored);
        entityManager.flush();
        notices.detected(stored);
        return stored;
      }
      existing = find(pairKey);
    }
    if (existing.vanishedAt != null) {
      markVanished(existing, null);
    }
    Redetection outcome = existing.redetected(finding, sideA, sideB, fingerprint, now);
    if (outcome != Redetection.UNCHANGED) {
      entityManager.flush();
      notices.changed(existing, outcome);
    }
    return existing;
  }

  private void vanish(Conflict conflict, ConflictProfile profile, Instant now) {
    Set<String> applications = new HashSet<>();
    profile.participations().forEach(p -> applications.add(p.applicationId()));
    boolean withdrawn =
        !profile.active()
            || isGoneApplication(conflict.sideA, profile, applications)
            || isGoneApplication(conflict.sideB, profile, applications);
    if (!withdrawn) {
      // Evidence gone after an edit: wait whether it stays gone before telling anyone.
      if (conflict.vanishedAt == null) {
        markVanished(conflict, now);
      }
      return;
    }
    if (conflict.vanishedAt != null) {
      markVanished(conflict, null);
    }
    if (conflict.vanished(
        Resolution.WITHDRAWN,
        "Projekt oder Antrag wurde zurückgezogen, abgelehnt oder abgeschlossen.",
        now)) {
      entityManager.flush();
      notices.resolved(conflict);
    }
  }

  /** Sets or clears the mark without touching the version (it is no change users see). */
  private void markVanished(Conflict conflict, Instant since) {
    entityManager
        .createNativeQuery("update conflict set vanished_at = :since where id = :id")
        .setParameter("since", since)
        .setParameter("id", conflict.id)
        .executeUpdate();
  }

  private static boolean isGoneApplication(
      ConflictSide side, ConflictProfile profile, Set<String> live) {
    return side.projectId().toString().equals(profile.key())
        && side.applicationId() != null
        && !live.contains(side.applicationId().toString());
  }

  private Conflict find(String pairKey) {
    return Conflict.<Conflict>find("pairKey", pairKey).firstResult();
  }

  /** Inserts the pair's row unless another transaction did; true if this one did. */
  private boolean claim(Conflict conflict) {
    return entityManager
            .createNativeQuery(
                "insert into conflict (id, version, kind, pair_key, status, score, explanation,"
                    + " side_a, side_b, ags_a, ags_b, project_a, project_b, history, fingerprint,"
                    + " detected_at, updated_at) values (:id, 0, :kind, :pair, 'OPEN', 0,"
                    + " '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, :agsA, :agsB, :projectA,"
                    + " :projectB, '[]'::jsonb, :fingerprint, :at, :at)"
                    + " on conflict (pair_key) do nothing")
            .setParameter("id", conflict.id)
            .setParameter("kind", conflict.kind.name())
            .setParameter("pair", conflict.pairKey)
            .setParameter("agsA", conflict.agsA)
            .setParameter("agsB", conflict.agsB)
            .setParameter("projectA", conflict.projectA)
            .setParameter("projectB", conflict.projectB)
            .setParameter("fingerprint", conflict.fingerprint)
            .setParameter("at", conflict.detectedAt)
            .executeUpdate()
        == 1;
  }

  private static void copy(Conflict from, Conflict to) {
    to.status = from.status;
    to.score = from.score;
    to.explanation = from.explanation;
    to.sideA = from.sideA;
    to.sideB = from.sideB;
    to.programmeA = from.programmeA;
    to.programmeB = from.programmeB;
    to.history = from.history;
    to.updatedAt = from.updatedAt;
  }

  private ConflictSide side(ProjectView view, Participation participation) {
    UUID programme = participation == null ? null : UUID.fromString(participation.programme());
    return new ConflictSide(
        view.ags,
        directory.municipalityName(view.ags),
        view.id,
        view.title,
        participation == null || participation.applicationId() == null
            ? null
            : UUID.fromString(participation.applicationId()),
        programme,
        programme == null
            ? null
            : ProgrammeView.<ProgrammeView>findByIdOptional(programme)
                .map(p -> p.title)
                .orElse(null),
        participation == null || participation.call() == null
            ? null
            : UUID.fromString(participation.call()),
        view.category,
        view.plannedStart,
        view.plannedEnd,
        view.estimatedTotalCost);
  }

  private static Finding swapped(Finding finding) {
    return new Finding(
        finding.kind(), finding.score(), finding.explanation(), finding.sideB(), finding.sideA());
  }
}
