package de.foerderlotse.project.settlement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** One approved line (Einzelansatz) of the financing plan in the grant notice. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  public String code;

  public String label;

  @Column(name = "approved_amount")
  public BigDecimal approvedAmount;

  public static BudgetLine of(UUID applicationId, String code, String label, BigDecimal amount) {
    BudgetLine line = new BudgetLine();
    line.id = UUID.randomUUID();
    line.applicationId = applicationId;
    line.code = code.strip();
    line.label = label.strip();
    line.approvedAmount = amount.setScale(2, RoundingMode.HALF_UP);
    return line;
  }
}
