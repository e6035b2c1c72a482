package de.foerderlotse.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One line of a project's cost estimate, in EUR. */
@Embeddable
public class CostItem {

  public String label;

  @Column(precision = 15, scale = 2)
  public BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "cost_category")
  public CostCategory costCategory;

  protected CostItem() {}

  public CostItem(String label, BigDecimal amount, CostCategory costCategory) {
    this.label = label;
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
    this.costCategory = costCategory;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostItem c
        && Objects.equals(label, c.label)
        && amount.compareTo(c.amount) == 0
        && costCategory == c.costCategory;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, amount.stripTrailingZeros(), costCategory);
  }

  @Override
  public String toString() {
    return label + " (" + costCategory + "): " + amount.toPlainString() + " EUR";
  }
}
