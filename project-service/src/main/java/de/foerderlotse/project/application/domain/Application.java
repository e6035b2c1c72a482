package de.foerderlotse.project.application.domain;

import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

/** A municipal project applying to one stage of a programme call (Antrag). */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

  @Id public UUID id;

  /** Optimistic lock: a change based on an older version is refused with 409. */
  @Version public long version;

  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "project_title")
  public String projectTitle;

  /** The applying municipality, from the project; the tenant key. */
  public String ags;

  @Column(name = "programme_id")
  public UUID programmeId;

  @Column(name = "call_id")
  public UUID callId;

  /** Which stage of the call, counted from 0. */
  @Column(name = "stage_index")
  public int stageIndex;

  @Column(name = "requested_amount")
  public BigDecimal requestedAmount;

  @Column(name = "eligible_cost")
  public BigDecimal eligibleCost;

  @Column(name = "own_contribution")
  public BigDecimal ownContribution;

  @Column(name = "planned_start")
  public LocalDate plannedStart;

  @Column(name = "planned_end")
  public LocalDate plannedEnd;

  @Enumerated(EnumType.STRING)
  public ApplicationStatus status;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "grant_notice_date")
  public LocalDate grantNoticeDate;

  @Column(name = "approved_amount")
  public BigDecimal approvedAmount;

  @Column(name = "approval_start")
  public LocalDate approvalStart;

  @Column(name = "approval_end")
  public LocalDate approvalEnd;

  @Column(name = "purpose_fulfilled_on")
  public LocalDate purposeFulfilledOn;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** A new draft. */
  public static Application draft(
      UUID projectId,
      String projectTitle,
      String ags,
      UUID programmeId,
      UUID callId,
      int stageIndex,
      ApplicationTerms terms,
      Instant at,
      String by) {
    Application a = new Application();
    a.id = UUID.randomUUID();
    a.projectId = projectId;
    a.projectTitle = projectTitle;
    a.ags = ags;
    a.programmeId = programmeId;
    a.callId = callId;
    a.stageIndex = stageIndex;
    a.status = ApplicationStatus.DRAFT;
    a.createdAt = at;
    a.createdBy = by;
    a.setTerms(terms, at, by);
    return a;
  }

  /** Changes the stated figures; only a draft can still be edited. */
  public void edit(ApplicationTerms terms, Instant at, String by) {
    if (status != ApplicationStatus.DRAFT) {
      throw DomainException.conflict(
          "Ein Antrag im Status „" + status.label() + "“ kann nicht mehr bearbeitet werden.");
    }
    setTerms(terms, at, by);
  }

  /** Moves to {@code target} if the lifecycle allows it; otherwise 409 with the reason. */
  public void moveTo(ApplicationStatus target, Instant at, String by) {
    if (target == ApplicationStatus.APPROVED) {
      throw new IllegalArgumentException("approval needs the grant notice: use approve()");
    }
    transition(target, at, by);
  }

  /** Records the grant notice and approves. */
  public void approve(GrantNotice notice, Instant at, String by) {
    notice.requireConsistentWith(this);
    transition(ApplicationStatus.APPROVED, at, by);
    grantNoticeDate = notice.date();
    approvedAmount = euro(notice.approvedAmount());
    approvalStart = notice.approvalStart();
    approvalEnd = notice.approvalEnd();
  }

  /** Records when the purpose was fulfilled; the proof of use may then fall due earlier. */
  public void recordPurposeFulfilled(LocalDate on, Instant at, String by) {
    if (!status.isGranted() || approvalStart == null) {
      throw DomainException.conflict(
          "Die Erfüllung des Zuwendungszwecks kann erst nach der Bewilligung erfasst werden.");
    }
    if (on.isBefore(approvalStart)) {
      throw DomainException.unprocessable(
          "Der Zuwendungszweck kann nicht vor Beginn des Bewilligungszeitraums erfüllt sein.");
    }
    purposeFulfilledOn = on;
    updatedAt = at;
    updatedBy = by;
  }

  private void transition(ApplicationStatus target, Instant at, String by) {
    if (!status.next().contains(target)) {
      throw DomainException.conflict(refusal(target));
    }
    status = target;
    switch (target) {
      case SUBMITTED -> submittedAt = at;
      case APPROVED, REJECTED -> decidedAt = at;
      default -> {}
    }
    updatedAt = at;
    updatedBy = by;
  }

  private String refusal(ApplicationStatus target) {
    String allowed =
        status.next().isEmpty()
            ? "Der Antrag ist in einem Endzustand."
            : "Erlaubt ist: "
                + status.next().stream()
                    .map(ApplicationStatus::label)
                    .collect(Collectors.joining(", "))
                + ".";
    return "Ein Antrag im Status „"
        + status.label()
        + "“ kann nicht in den Status „"
        + target.label()
        + "“ wechseln. "
        + allowed;
  }

  private void setTerms(ApplicationTerms terms, Instant at, String by) {
    terms.requireConsistent();
    requestedAmount = euro(terms.requestedAmount());
    eligibleCost = euro(terms.eligibleCost());
    ownContribution = euro(terms.ownContribution());
    plannedStart = terms.plannedStart();
    plannedEnd = terms.plannedEnd();
    updatedAt = at;
    updatedBy = by;
  }

  private static BigDecimal euro(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
