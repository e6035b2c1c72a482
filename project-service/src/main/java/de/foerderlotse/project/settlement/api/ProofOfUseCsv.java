package de.foerderlotse.project.settlement.api;

import de.foerderlotse.project.settlement.domain.ProofOfUseStatement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The numerical proof of use as RFC 4180 CSV for machines: one header row, then one row per figure.
 * Amounts are plain decimals with a dot (no thousands separator), dates ISO-8601; the columns are
 * documented in the README.
 */
final class ProofOfUseCsv {

  static final String[] HEADER = {
    "section", "key", "label", "date", "count", "approved_eur", "amount_eur"
  };

  private ProofOfUseCsv() {}

  static String write(ProofOfUseStatement s) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      csv.printRecord(
          "APPLICATION",
          s.application().id,
          text(s.application().projectTitle),
          null,
          null,
          money(s.approvedAmount()),
          null);
      csv.printRecord(
          "PROGRAMME",
          s.application().programmeId,
          text(s.programmeTitle()),
          null,
          null,
          null,
          null);
      for (var c : s.categories()) {
        csv.printRecord(
            "COST_CATEGORY",
            c.category().name(),
            c.category().label(),
            null,
            c.count(),
            null,
            money(c.amount()));
      }
      for (var l : s.budgetLines()) {
        csv.printRecord(
            "BUDGET_LINE",
            text(l.code()),
            text(l.label()),
            null,
            null,
            money(l.approved()),
            money(l.spent()));
      }
      for (var p : s.payouts()) {
        csv.printRecord(
            "PAYOUT",
            p.id(),
            "Mittelabruf",
            p.receivedOn(),
            p.expenses().size(),
            null,
            money(p.amount()));
      }
      total(csv, "EXPENSES", "Ausgaben gesamt", s.totalExpenses());
      total(
          csv,
          "GRANT_SHARE_OF_EXPENSES",
          "Zuwendungsanteil der Ausgaben",
          s.grantShareOfExpenses());
      total(csv, "PAYOUTS", "Abgerufene Mittel", s.totalPayouts());
      total(
          csv,
          "PAYOUTS_MINUS_GRANT_SHARE",
          "Abrufe abzüglich Zuwendungsanteil",
          s.payoutsMinusGrantShare());
      total(csv, "APPROVED", "Bewilligte Zuwendung", s.approvedAmount());
      total(csv, "REMAINING_FUNDS", "Noch abrufbare Mittel", s.remainingFunds());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void total(CSVPrinter csv, String key, String label, BigDecimal amount)
      throws IOException {
    csv.printRecord("TOTAL", key, label, null, null, null, money(amount));
  }

  /**
   * A text a user wrote, made harmless for spreadsheets (OWASP CSV injection): a cell that starts
   * with = + - @, a tab or a carriage return gets a leading apostrophe, so it is never a formula.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2).toPlainString();
  }

  static String filename(UUID id, String ext) {
    return "verwendungsnachweis-" + id + "." + ext;
  }
}
