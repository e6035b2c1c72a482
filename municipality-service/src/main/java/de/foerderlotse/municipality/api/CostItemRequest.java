package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.CostCategory;
import de.foerderlotse.municipality.domain.CostItem;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of a project's cost estimate, in EUR. */
public record CostItemRequest(
    @NotBlank(message = "darf nicht leer sein") @Size(max = 200, message = "höchstens 200 Zeichen")
        String label,
    @NotNull(message = "muss angegeben werden")
        @DecimalMin(value = "0.00", message = "darf nicht negativ sein")
        @Digits(
            integer = 13,
            fraction = 2,
            message = "höchstens 13 Stellen vor und 2 nach dem Komma")
        BigDecimal amount,
    @NotNull(message = "muss angegeben werden") CostCategory costCategory) {

  CostItem toCostItem() {
    return new CostItem(label.trim(), amount, costCategory);
  }

  static CostItemRequest of(CostItem item) {
    return new CostItemRequest(item.label, item.amount, item.costCategory);
  }
}
