package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.ConflictLabel;
import de.foerderlotse.project.conflict.domain.ConflictStatus;
import de.foerderlotse.project.conflict.domain.HistoryEntry.Action;
import de.foerderlotse.project.conflict.domain.Resolution;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of conflicts: list, count, read, and the lifecycle actions. A municipality sees and
 * acts only on conflicts with its own project on one side.
 */
@ApplicationScoped
public class ConflictService {

  private final Tenancy tenancy;
  private final ConflictNotices notices;
  private final ConflictLabels labels;
  private final EntityManager entityManager;
  private final Clock clock;

  public ConflictService(
      Tenancy tenancy,
      ConflictNotices notices,
      ConflictLabels labels,
      EntityManager entityManager,
      Clock clock) {
    this.tenancy = tenancy;
    this.notices = notices;
    this.labels = labels;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional
  public Page<Conflict> list(ConflictFilter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    Optional<String> own = tenancy.confinedTo();
    tenancyClause(filter.municipality(), where, params);
    if (filter.kind() != null && !filter.kind().isBlank()) {
      where.add("kind = :kind");
      params.put("kind", parse(ConflictKind.class, filter.kind(), "Art"));
    }
    if (filter.status() != null && !filter.status().isBlank()) {
      where.add("status = :status");
      params.put("status", parse(ConflictStatus.class, filter.status(), "Status"));
    }
    if (filter.programme() != null) {
      // A municipality filters by the programme of its own side only.
      where.add(
          own.isPresent()
              ? "((agsA = :own and programmeA = :programme) or (agsB = :own and programmeB ="
                  + " :programme))"
              : "(programmeA = :programme or programmeB = :programme)");
      params.put("programme", filter.programme());
    }
    var query =
        Conflict.<Conflict>find(
            where.isEmpty() ? "1 = 1" : String.join(" and ", where),
            Sort.descending("detectedAt").and("score", Sort.Direction.Descending).and("id"),
            params);
    long total = query.count();
    return new Page<>(query.page(page, size).list(), page, size, total);
  }

  /** Counts per kind and status, every combination present (zero where none). */
  @Transactional
  public Map<ConflictKind, Map<ConflictStatus, Long>> counts(String municipality) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    tenancyClause(municipality, where, params);
    var query =
        entityManager.createQuery(
            "select c.kind, c.status, count(c) from Conflict c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by c.kind, c.status",
            Object[].class);
    params.forEach(query::setParameter);
    Map<ConflictKind, Map<ConflictStatus, Long>> counts = new EnumMap<>(ConflictKind.class);
    for (ConflictKind kind : ConflictKind.values()) {
      Map<ConflictStatus, Long> byStatus = new EnumMap<>(ConflictStatus.class);
      for (ConflictStatus status : ConflictStatus.values()) {
        byStatus.put(status, 0L);
      }
      counts.put(kind, byStatus);
    }
    for (Object[] row : query.getResultList()) {
      counts.get((ConflictKind) row[0]).put((ConflictStatus) row[1], (Long) row[2]);
    }
    return counts;
  }

  @Transactional
  public Conflict get(UUID id) {
    return Conflict.<Conflict>findByIdOptional(id)
        .filter(c -> tenancy.confinedTo().map(c::involves).orElse(true))
        .orElseThrow(() -> DomainException.notFound("Konflikt", id));
  }

  @Transactional
  public Conflict acknowledge(UUID id, Long version, String comment) {
    Conflict conflict = current(id, version);
    conflict.acknowledge(tenancy.who(), blankToNull(comment), now());
    labelled(conflict, Action.ACKNOWLEDGED, conflict.kind, blankToNull(comment));
    return published(conflict, Action.ACKNOWLEDGED);
  }

  @Transactional
  public Conflict comment(UUID id, Long version, String text) {
    Conflict conflict = current(id, version);
    conflict.comment(tenancy.who(), text, now());
    return published(conflict, Action.COMMENTED);
  }

  @Transactional
  public Conflict resolve(UUID id, Long version, Resolution resolution, String reason) {
    Conflict conflict = current(id, version);
    conflict.resolve(tenancy.who(), resolution, reason, now());
    if (resolution != Resolution.OTHER) {
      // A joint application, a merge or a withdrawal says the pair was a conflict of this kind.
      labelled(conflict, Action.RESOLVED, conflict.kind, reason);
    }
    return published(conflict, Action.RESOLVED);
  }

  @Transactional
  public Conflict dismiss(UUID id, Long version, String reason) {
    Conflict conflict = current(id, version);
    conflict.dismiss(tenancy.who(), reason, now());
    labelled(conflict, Action.DISMISSED, null, reason);
    return published(conflict, Action.DISMISSED);
  }

  /** The coordinators' decisions as labelled pairs, oldest first; the county only. */
  @Transactional
  public List<ConflictLabel> labels() {
    if (tenancy.confinedTo().isPresent()) {
      throw DomainException.forbidden("Nur die Koordination des Kreises kann Bewertungen abrufen.");
    }
    return labels.all();
  }

  /** A coordinator's decision becomes a label; a municipality's acknowledgement does not. */
  private void labelled(Conflict conflict, Action decision, ConflictKind kind, String reason) {
    if (tenancy.confinedTo().isEmpty()) {
      labels.record(conflict, decision, kind, reason, tenancy.who(), now());
    }
  }

  private void tenancyClause(String municipality, List<String> where, Map<String, Object> params) {
    Optional<String> own = tenancy.confinedTo();
    own.ifPresent(
        ags -> {
          where.add("(agsA = :own or agsB = :own)");
          params.put("own", ags);
        });
    if (municipality != null && !municipality.isBlank()) {
      tenancy.requireOwnAgs(municipality);
      if (own.isEmpty()) {
        where.add("(agsA = :municipality or agsB = :municipality)");
        params.put("municipality", municipality);
      }
    }
  }

  private Conflict current(UUID id, Long version) {
    Conflict conflict = get(id);
    if (version != null && conflict.version != version) {
      throw DomainException.staleVersion("Der Konflikt", conflict.version, version);
    }
    return conflict;
  }

  private Conflict published(Conflict conflict, Action action) {
    entityManager.flush();
    notices.acted(conflict, action);
    return conflict;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Unbekannte " + what + " " + value + ".");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
