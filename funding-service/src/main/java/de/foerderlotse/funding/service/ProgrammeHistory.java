package de.foerderlotse.funding.service;

import de.foerderlotse.funding.domain.FieldChange;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeChange;
import de.foerderlotse.funding.events.ProgrammeEvents;
import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail of programmes: every applied change is written to the field-level history and
 * published as one event, in the transaction of the change.
 */
@ApplicationScoped
public class ProgrammeHistory {

  static final String CREATED = "created";
  static final String DELETED = "deleted";

  /** Newest change first; the fields of one change in the order they were recorded. */
  private static final Sort NEWEST_FIRST =
      Sort.by("changedAt", Sort.Direction.Descending).and("id", Sort.Direction.Ascending);

  private final ProgrammeEvents events;

  public ProgrammeHistory(ProgrammeEvents events) {
    this.events = events;
  }

  /** Records a change already flushed to the programme row, so its version is final. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordCreated(Programme programme) {
    recordAll(List.of(programme), Map.of());
  }

  /** Records a change already flushed to the programme row, so its version is final. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordChanged(Programme programme, List<FieldChange> changes) {
    recordAll(List.of(), Map.of(programme, changes));
  }

  /**
   * Records many changes already flushed to their programme rows: the history entries go out in
   * JDBC batches with the transaction, the events in one batch now (first the created programmes,
   * then the changed ones, each in the given order).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Programme> created, Map<Programme, List<FieldChange>> changed) {
    List<ProgrammeChange> entries = new ArrayList<>();
    List<ProgrammeEvents.Change> changes = new ArrayList<>();
    for (Programme programme : created) {
      entries.add(entry(programme, new FieldChange(CREATED, null, programme.title)));
      changes.add(new ProgrammeEvents.Change(programme, List.of(CREATED)));
    }
    changed.forEach(
        (programme, fields) -> {
          fields.forEach(field -> entries.add(entry(programme, field)));
          changes.add(
              new ProgrammeEvents.Change(
                  programme, fields.stream().map(FieldChange::field).toList()));
        });
    ProgrammeChange.persist(entries);
    events.changed(changes);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordDeleted(Programme programme, String by, java.time.Instant at) {
    ProgrammeChange.of(
            programme.id,
            programme.version + 1,
            new FieldChange(DELETED, programme.title, null),
            by,
            at)
        .persist();
    events.deleted(programme, at, by);
  }

  /**
   * A page of a programme's history, newest first, optionally of one field (a prefix such as {@code
   * calls} or {@code ruleSet} matches all fields below it).
   */
  @Transactional
  public HistoryPage query(UUID programmeId, String field, int page, int size) {
    PanacheQuery<ProgrammeChange> query =
        field == null || field.isBlank()
            ? ProgrammeChange.find("programmeId", NEWEST_FIRST, programmeId)
            : ProgrammeChange.find(
                "programmeId = :id and (field = :field or field like :prefix)",
                NEWEST_FIRST,
                Parameters.with("id", programmeId)
                    .and("field", field)
                    .and("prefix", field.replace("%", "") + ".%"));
    long total = query.count();
    if (total == 0
        && Programme.findById(programmeId) == null
        && ProgrammeChange.count("programmeId", programmeId) == 0) {
      throw DomainException.notFound("Förderprogramm", programmeId);
    }
    return new HistoryPage(query.page(page, size).list(), total);
  }

  private static ProgrammeChange entry(Programme programme, FieldChange change) {
    return ProgrammeChange.of(
        programme.id, programme.version, change, programme.updatedBy, programme.updatedAt);
  }

  /** One page of history entries and how many there are in all. */
  public record HistoryPage(List<ProgrammeChange> entries, long total) {}
}
