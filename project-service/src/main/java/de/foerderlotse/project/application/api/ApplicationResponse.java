package de.foerderlotse.project.application.api;

import de.foerderlotse.project.application.domain.Application;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application as the API shows it. */
public record ApplicationResponse(
    UUID id,
    long version,
    UUID projectId,
    String projectTitle,
    String ags,
    UUID programmeId,
    UUID callId,
    int stageIndex,
    BigDecimal requestedAmount,
    BigDecimal eligibleCost,
    BigDecimal ownContribution,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    String status,
    String statusLabel,
    GrantNotice grantNotice,
    LocalDate purposeFulfilledOn,
    Instant submittedAt,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  /** The recorded grant notice, once approved. */
  public record GrantNotice(
      LocalDate date, BigDecimal approvedAmount, LocalDate approvalStart, LocalDate approvalEnd) {}

  static ApplicationResponse of(Application a) {
    return new ApplicationResponse(
        a.id,
        a.version,
        a.projectId,
        a.projectTitle,
        a.ags,
        a.programmeId,
        a.callId,
        a.stageIndex,
        a.requestedAmount,
        a.eligibleCost,
        a.ownContribution,
        a.plannedStart,
        a.plannedEnd,
        a.status.name(),
        a.status.label(),
        a.grantNoticeDate == null
            ? null
            : new GrantNotice(a.grantNoticeDate, a.approvedAmount, a.approvalStart, a.approvalEnd),
        a.purposeFulfilledOn,
        a.submittedAt,
        a.createdAt,
        a.createdBy,
        a.updatedAt,
        a.updatedBy);
  }
}
