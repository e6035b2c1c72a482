package de.foerderlotse.project.application.domain;

import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Money drawn from a grant (Mittelabruf); it must be spent within the payout window. */
@Entity
@Table(name = "payout_request")
public class PayoutRequest extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  public BigDecimal amount;

  /** The day the money arrived: the spending window starts here. */
  @Column(name = "received_on")
  public LocalDate receivedOn;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** The expenses this money was drawn for (as stated in the Mittelabruf). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "payout_expense", joinColumns = @JoinColumn(name = "payout_id"))
  @Column(name = "expense_id")
  public Set<UUID> expenseIds = new HashSet<>();

  /**
   * Records a payout of a granted application; together with the earlier ones it may not exceed the
   * approved amount.
   */
  public static PayoutRequest record(
      Application application,
      List<PayoutRequest> earlier,
      BigDecimal amount,
      LocalDate receivedOn,
      Instant at,
      String by) {
    if (application.status != ApplicationStatus.APPROVED
        && application.status != ApplicationStatus.IN_IMPLEMENTATION) {
      throw DomainException.conflict(
          "Mittel können nur für bewilligte Anträge in Umsetzung abgerufen werden, nicht im Status „"
              + application.status.label()
              + "“.");
    }
    BigDecimal drawn =
        earlier.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add).add(amount);
    if (drawn.compareTo(application.approvedAmount) > 0) {
      throw DomainException.unprocessable(
          "Die abgerufenen Mittel übersteigen zusammen den bewilligten Betrag.");
    }
    PayoutRequest payout = new PayoutRequest();
    payout.id = UUID.randomUUID();
    payout.applicationId = application.id;
    payout.amount = amount.setScale(2, RoundingMode.HALF_UP);
    payout.receivedOn = receivedOn;
    payout.recordedAt = at;
    payout.recordedBy = by;
    return payout;
  }
}
