package de.foerderlotse.project.settlement.api;

import static de.foerderlotse.project.settlement.domain.GermanFormat.date;
import static de.foerderlotse.project.settlement.domain.GermanFormat.euro;

import de.foerderlotse.project.settlement.domain.ProofOfUseStatement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The numerical proof of use as a printable A4 PDF with German labels and amounts. */
final class ProofOfUsePdf {

  private static final float MARGIN = 50;
  private static final float LINE = 15;
  private static final float AMOUNT_RIGHT = PDRectangle.A4.getWidth() - MARGIN;
  private static final float SECOND_RIGHT = AMOUNT_RIGHT - 120;

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  private ProofOfUsePdf() {}

  static byte[] write(ProofOfUseStatement s, LocalDate today) {
    ProofOfUsePdf pdf = new ProofOfUsePdf();
    try (PDDocument doc = pdf.document) {
      pdf.render(s, today);
      pdf.page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void render(ProofOfUseStatement s, LocalDate today) throws IOException {
    newPage();
    text(bold, 14, MARGIN, "Zahlenmäßiger Verwendungsnachweis");
    y -= 6;
    var a = s.application();
    row("Projekt", a.projectTitle, null);
    row("Förderprogramm", s.programmeTitle(), null);
    row("Kommune (AGS)", a.ags, null);
    row("Zuwendungsbescheid vom", date(a.grantNoticeDate), null);
    row("Bewilligungszeitraum", date(a.approvalStart) + " bis " + date(a.approvalEnd), null);
    row("Stand", date(today), null);

    heading("Ausgaben nach Kostenart", "Anzahl", "Betrag");
    for (var c : s.categories()) {
      row(c.category().label(), String.valueOf(c.count()), euro(c.amount()));
    }
    row("Summe der Ausgaben", null, euro(s.totalExpenses()));

    if (!s.budgetLines().isEmpty()) {
      heading("Einzelansätze des Finanzierungsplans", "bewilligt", "ausgegeben");
      for (var l : s.budgetLines()) {
        row(l.code() + " " + l.label(), euro(l.approved()), euro(l.spent()));
      }
    }

    heading("Mittelabrufe", "Ausgaben", "Betrag");
    for (var p : s.payouts()) {
      row(
          "Abruf, eingegangen am " + date(p.receivedOn()),
          String.valueOf(p.expenses().size()),
          euro(p.amount()));
    }
    row("Summe der Mittelabrufe", null, euro(s.totalPayouts()));

    heading("Abrufe gegen Ausgaben und verbleibende Mittel", null, "Betrag");
    row("Bewilligte Zuwendung", null, euro(s.approvedAmount()));
    row("Zuwendungsanteil der Ausgaben", null, euro(s.grantShareOfExpenses()));
    row("Abgerufene Mittel", null, euro(s.totalPayouts()));
    row("Abrufe abzüglich Zuwendungsanteil", null, euro(s.payoutsMinusGrantShare()));
    row("Noch abrufbare Mittel", null, euro(s.remainingFunds()));
  }

  private void heading(String title, String second, String third) throws IOException {
    y -= 8;
    room();
    text(bold, 11, MARGIN, title);
    if (second != null) {
      right(bold, 11, SECOND_RIGHT, second);
    }
    if (third != null) {
      right(bold, 11, AMOUNT_RIGHT, third);
    }
    y -= LINE;
  }

  private void row(String label, String second, String amount) throws IOException {
    room();
    text(regular, 10, MARGIN, label);
    if (second != null) {
      if (amount == null) {
        text(regular, 10, MARGIN + 170, second);
      } else {
        right(regular, 10, SECOND_RIGHT, second);
      }
    }
    if (amount != null) {
      right(regular, 10, AMOUNT_RIGHT, amount);
    }
    y -= LINE;
  }

  private void room() throws IOException {
    if (y < MARGIN + LINE) {
      page.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private void right(PDType1Font font, float size, float rightEdge, String value)
      throws IOException {
    String safe = printable(font, value);
    text(font, size, rightEdge - font.getStringWidth(safe) / 1000 * size, safe);
  }

  private void text(PDType1Font font, float size, float x, String value) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, y);
    page.showText(printable(font, value));
    page.endText();
  }

  /** The standard fonts know WinAnsi only: anything else (e.g. emoji in a title) becomes "?". */
  private static String printable(PDType1Font font, String value) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
