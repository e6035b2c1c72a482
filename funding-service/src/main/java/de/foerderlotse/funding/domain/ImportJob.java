package de.foerderlotse.funding.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulk import of programmes and its progress, as the scout who started it polls it. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  private static final TypeReference<List<ImportRejection>> REJECTIONS = new TypeReference<>() {};

  /** Where a job stands. */
  public enum State {
    RUNNING,
    COMPLETED,
    FAILED
  }

  @Id public UUID id;

  public String format;

  @Enumerated(EnumType.STRING)
  public State state;

  public int total;
  public int processed;
  public int created;
  public int updated;
  public int unchanged;
  public int rejected;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  String rejections = "[]";

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "finished_at")
  public Instant finishedAt;

  public static ImportJob start(String format, int total, String by, Instant at) {
    ImportJob job = new ImportJob();
    job.id = UUID.randomUUID();
    job.format = format;
    job.state = State.RUNNING;
    job.total = total;
    job.requestedBy = by;
    job.requestedAt = at;
    return job;
  }

  public List<ImportRejection> rejections() {
    return JsonColumn.read(rejections, REJECTIONS);
  }

  /** Adds the outcome of one chunk of rows. */
  public void record(ImportOutcome outcome) {
    created += outcome.created();
    updated += outcome.updated();
    unchanged += outcome.unchanged();
    rejected += outcome.rejections().size();
    processed += outcome.processed();
    if (!outcome.rejections().isEmpty()) {
      List<ImportRejection> all = new ArrayList<>(rejections());
      all.addAll(outcome.rejections());
      rejections = JsonColumn.write(all);
    }
  }

  public void finish(State end, Instant at) {
    state = end;
    finishedAt = at;
  }
}
