package de.foerderlotse.project.application.events;

import de.foerderlotse.project.application.domain.Application;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Integration event on {@code project.application.v1}, keyed by application id: the application's
 * full current state after a change (event-carried state transfer). Documented in {@code
 * src/main/resources/events/application-changed.v1.schema.json}.
 *
 * @param change what happened: {@code created}, {@code edited}, or the new status
 */
public record ApplicationChanged(
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
    GrantNotice grantNotice,
    String change,
    Instant changedAt,
    String changedBy) {

  public static final String TOPIC = "project.application.v1";
  public static final String TYPE = "de.foerderlotse.application.changed.v1";

  /** The grant notice, present once approved. */
  public record GrantNotice(
      LocalDate date, BigDecimal approvedAmount, LocalDate approvalStart, LocalDate approvalEnd) {}

  static ApplicationChanged of(Application a, String change) {
    GrantNotice notice =
        a.grantNoticeDate == null
            ? null
            : new GrantNotice(a.grantNoticeDate, a.approvedAmount, a.approvalStart, a.approvalEnd);
    return new ApplicationChanged(
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
        notice,
        change,
        a.updatedAt,
        a.updatedBy);
  }
}
