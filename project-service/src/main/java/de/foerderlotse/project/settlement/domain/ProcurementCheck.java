package de.foerderlotse.project.settlement.domain;

import static de.foerderlotse.project.settlement.domain.FigureChecks.item;
import static de.foerderlotse.project.settlement.domain.GermanFormat.date;
import static de.foerderlotse.project.settlement.domain.GermanFormat.euro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Direct-award limits per contract: the invoices of one contract count together (net contract
 * value), an invoice without a contract reference is a contract of its own. A contract above the
 * rule set's limit needs the file number of its award procedure (Vergabevermerk).
 */
final class ProcurementCheck {

  private static final String CODE = "PROCUREMENT";
  private static final String TITLE = "Vergabe";

  private ProcurementCheck() {}

  /** The invoices of one contract and the limit that applies to it. */
  private record Contract(List<Expense> invoices, CostCategory category, BigDecimal limit) {

    BigDecimal value() {
      return SpendingChecks.sum(invoices);
    }

    boolean documented() {
      return invoices.stream().anyMatch(e -> e.procurementReference != null);
    }

    Expense first() {
      return invoices.get(0);
    }

    String describe() {
      Expense e = invoices.get(0);
      String limitText = " (" + category.label() + ", Wertgrenze " + euro(limit) + " netto)";
      if (e.contractReference == null) {
        return "„"
            + e.description
            + "“ vom "
            + date(e.invoiceDate)
            + " über "
            + euro(e.amount)
            + limitText;
      }
      return "Auftrag „"
          + e.contractReference
          + "“ mit "
          + invoices.size()
          + (invoices.size() == 1 ? " Rechnung" : " Rechnungen")
          + " über zusammen "
          + euro(value())
          + limitText;
    }
  }

  static ChecklistItem evaluate(SettlementCase c) {
    BigDecimal works = c.rules().procurementThresholdWorks();
    BigDecimal supplies = c.rules().procurementThresholdSupplies();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("thresholdWorks", works);
    figures.put("thresholdSupplies", supplies);
    if (works == null && supplies == null) {
      return item(
          CODE,
          TITLE,
          CheckStatus.OK,
          figures,
          "Für dieses Programm sind keine Wertgrenzen für Vergaben hinterlegt.");
    }
    List<Contract> missing =
        contracts(c.expenses(), works, supplies).stream()
            .filter(k -> k.limit() != null && k.value().compareTo(k.limit()) > 0)
            .filter(k -> !k.documented())
            .sorted(
                Comparator.comparing((Contract k) -> k.first().invoiceDate)
                    .thenComparing(k -> k.first().id))
            .toList();
    List<Expense> invoices = missing.stream().flatMap(k -> k.invoices().stream()).toList();
    figures.put("contractsWithoutReference", missing.size());
    figures.put("expensesWithoutReference", invoices.size());
    figures.put("amountWithoutReference", SpendingChecks.sum(invoices));
    if (missing.isEmpty()) {
      return item(
          CODE,
          TITLE,
          CheckStatus.OK,
          figures,
          "Alle Aufträge über den Wertgrenzen des Regelwerks "
              + c.rules().name()
              + " haben einen Vergabevermerk.");
    }
    String list = missing.stream().map(Contract::describe).collect(Collectors.joining("; "));
    return item(
        CODE,
        TITLE,
        CheckStatus.VIOLATION,
        figures,
        missing.size()
            + " Aufträge über der Wertgrenze für Direktvergaben des Regelwerks "
            + c.rules().name()
            + " ohne Angabe eines Vergabeverfahrens: "
            + list
            + ". Die Wertgrenze gilt für den Nettowert des ganzen Auftrags, nicht je Rechnung."
            + " Bitte das Aktenzeichen des Vergabevermerks nachtragen. Ohne ordnungsgemäße"
            + " Vergabe kann der Fördergeber die Zuwendung kürzen oder zurückfordern.");
  }

  /** Groups the invoices by contract; works decide the limit of a contract that mixes kinds. */
  private static List<Contract> contracts(
      List<Expense> expenses, BigDecimal works, BigDecimal supplies) {
    Map<String, List<Expense>> byContract = new LinkedHashMap<>();
    expenses.stream()
        .sorted(Comparator.comparing((Expense e) -> e.invoiceDate).thenComparing(e -> e.id))
        .forEach(e -> byContract.computeIfAbsent(e.contractKey(), k -> new ArrayList<>()).add(e));
    List<Contract> contracts = new ArrayList<>();
    for (List<Expense> invoices : byContract.values()) {
      CostCategory category = category(invoices);
      BigDecimal limit =
          category == CostCategory.WORKS
              ? works
              : category == CostCategory.SUPPLIES_AND_SERVICES ? supplies : null;
      contracts.add(new Contract(invoices, category, limit));
    }
    return contracts;
  }

  private static CostCategory category(List<Expense> invoices) {
    if (invoices.stream().anyMatch(e -> e.costCategory == CostCategory.WORKS)) {
      return CostCategory.WORKS;
    }
    return invoices.stream().anyMatch(e -> e.costCategory == CostCategory.SUPPLIES_AND_SERVICES)
        ? CostCategory.SUPPLIES_AND_SERVICES
        : CostCategory.OTHER;
  }
}
