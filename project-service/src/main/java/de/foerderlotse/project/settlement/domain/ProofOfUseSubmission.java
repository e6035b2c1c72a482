package de.foerderlotse.project.settlement.domain;

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

/** A submitted interim proof (per budget year) or the final proof of use. */
@Entity
@Table(name = "proof_of_use_submission")
public class ProofOfUseSubmission extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  public ProofKind kind;

  /** The budget year an interim proof covers; none for the final proof. */
  @Column(name = "budget_year")
  public Integer budgetYear;

  @Column(name = "submitted_on")
  public LocalDate submittedOn;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  public static ProofOfUseSubmission of(
      UUID applicationId,
      ProofKind kind,
      Integer budgetYear,
      LocalDate submittedOn,
      Instant at,
      String by) {
    ProofOfUseSubmission s = new ProofOfUseSubmission();
    s.id = UUID.randomUUID();
    s.applicationId = applicationId;
    s.kind = kind;
    s.budgetYear = kind == ProofKind.INTERIM ? budgetYear : null;
    s.submittedOn = submittedOn;
    s.recordedAt = at;
    s.recordedBy = by;
    return s;
  }
}
