package de.foerderlotse.project.deadline.domain;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One deadline of an application, kept in step with its derivation. */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  public String ags;

  @Column(name = "programme_id")
  public UUID programmeId;

  @Enumerated(EnumType.STRING)
  public DeadlineKind kind;

  @Column(name = "source_key")
  public String sourceKey;

  public String title;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  public DeadlineStatus status;

  @Column(name = "derived_from")
  public String derivedFrom;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static Deadline of(Application application, PlannedDeadline planned, Instant at) {
    Deadline d = new Deadline();
    d.id = UUID.randomUUID();
    d.applicationId = application.id;
    d.ags = application.ags;
    d.programmeId = application.programmeId;
    d.kind = planned.kind();
    d.sourceKey = planned.key();
    d.status = DeadlineStatus.OPEN;
    d.adopt(planned, LocalDate.MIN, at);
    return d;
  }

  /**
   * Takes over a recomputed derivation; a missed deadline moved into the future is open again.
   *
   * @return whether the due date moved
   */
  public boolean adopt(PlannedDeadline planned, LocalDate today, Instant at) {
    boolean moved = dueDate != null && !dueDate.equals(planned.due());
    dueDate = planned.due();
    title = planned.title();
    derivedFrom = planned.derivedFrom();
    if (moved && status == DeadlineStatus.MISSED && !dueDate.isBefore(today)) {
      status = DeadlineStatus.OPEN;
    }
    updatedAt = at;
    return moved;
  }

  /** Follows the application's progress: what it submitted is met, what it gave up is void. */
  public void follow(ApplicationStatus application, Instant at) {
    DeadlineStatus next = status;
    if (application == ApplicationStatus.WITHDRAWN || application == ApplicationStatus.REJECTED) {
      next = status == DeadlineStatus.MET ? status : DeadlineStatus.CANCELLED;
      if (kind == DeadlineKind.SUBMISSION && application == ApplicationStatus.REJECTED) {
        next = DeadlineStatus.MET;
      }
    } else if (kind == DeadlineKind.SUBMISSION && application != ApplicationStatus.DRAFT) {
      next = DeadlineStatus.MET;
    } else if ((kind == DeadlineKind.PROOF_OF_USE
            || kind == DeadlineKind.INTERIM_PROOF
            || kind == DeadlineKind.PAYOUT_SPENDING)
        && (application == ApplicationStatus.PROOF_OF_USE_SUBMITTED
            || application == ApplicationStatus.CLOSED)) {
      next = DeadlineStatus.MET;
    }
    if (next != status) {
      status = next;
      updatedAt = at;
    }
  }

  /** No longer derived (e.g. the rule set dropped interim proofs): an open one is void. */
  public void dropped(Instant at) {
    if (status == DeadlineStatus.OPEN || status == DeadlineStatus.MISSED) {
      status = DeadlineStatus.CANCELLED;
      updatedAt = at;
    }
  }

  public boolean isOpen() {
    return status == DeadlineStatus.OPEN;
  }
}
