package de.foerderlotse.project.settlement.domain;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expense (Ausgabe) of a granted application, as it will appear in the proof of use. */
@Entity
@Table(name = "expense")
public class Expense extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  /** Date of the invoice (Rechnungsdatum). */
  @Column(name = "invoice_date")
  public LocalDate invoiceDate;

  public BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "cost_category")
  public CostCategory costCategory;

  public String description;

  /** When it was paid; unpaid invoices have none and do not use payout money yet. */
  @Column(name = "paid_on")
  public LocalDate paidOn;

  /** File number of the procurement procedure (Vergabevermerk), if one was run. */
  @Column(name = "procurement_reference")
  public String procurementReference;

  /** When the contract was signed: a contract before the grant notice is an early start. */
  @Column(name = "contract_date")
  public LocalDate contractDate;

  /** Contract (Auftrag) the invoice belongs to; invoices of one contract count together. */
  @Column(name = "contract_reference")
  public String contractReference;

  /** Code of the approved budget line (Einzelansatz) it is booked on. */
  @Column(name = "budget_line")
  public String budgetLine;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** The facts of an expense as stated by the municipality. */
  public record Details(
      LocalDate invoiceDate,
      BigDecimal amount,
      CostCategory costCategory,
      String description,
      LocalDate paidOn,
      String procurementReference,
      LocalDate contractDate,
      String budgetLine,
      String contractReference) {}

  /** Records an expense of an application in implementation (or approved, about to start). */
  public static Expense record(Application application, Details details, Instant at, String by) {
    requireSettling(application);
    Expense e = new Expense();
    e.id = UUID.randomUUID();
    e.applicationId = application.id;
    e.invoiceDate = details.invoiceDate();
    e.amount = details.amount().setScale(2, RoundingMode.HALF_UP);
    e.costCategory = details.costCategory();
    e.description = details.description().strip();
    e.paidOn = details.paidOn();
    e.procurementReference = blankToNull(details.procurementReference());
    e.contractDate = details.contractDate();
    e.budgetLine = blankToNull(details.budgetLine());
    e.contractReference = blankToNull(details.contractReference());
    e.recordedAt = at;
    e.recordedBy = by;
    return e;
  }

  /** The earliest date that binds the municipality: contract if known, else the invoice. */
  public LocalDate commitmentDate() {
    return contractDate != null && contractDate.isBefore(invoiceDate) ? contractDate : invoiceDate;
  }

  /** The contract it counts towards: its contract reference, or the invoice alone. */
  public String contractKey() {
    return contractReference != null ? contractReference : "expense:" + id;
  }

  /** Expenses can be recorded and corrected until the proof of use is submitted. */
  public static void requireSettling(Application application) {
    if (application.status != ApplicationStatus.APPROVED
        && application.status != ApplicationStatus.IN_IMPLEMENTATION) {
      throw DomainException.conflict(
          "Ausgaben können nur für bewilligte Anträge in Umsetzung erfasst werden, nicht im"
              + " Status „"
              + application.status.label()
              + "“.");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
