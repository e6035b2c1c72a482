package de.foerderlotse.platform.input;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into
 * records. The separator is the one the header line uses: semicolon, as German spreadsheets write
 * it, or comma.
 */
public final class CsvRecords {

  private CsvRecords() {}

  /** The records of a whole text, with the separator its header line uses. */
  public static List<List<String>> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstBreak = body.indexOf('\n');
    String header = firstBreak < 0 ? body : body.substring(0, firstBreak);
    return parse(body, header.indexOf(';') >= 0 ? ';' : ',');
  }

  /** The cells of one comma-separated line; a blank line is one empty cell. */
  public static List<String> splitLine(String line) {
    List<List<String>> records = parse(line, ',');
    return records.isEmpty() ? List.of("") : records.get(0);
  }

  private static List<List<String>> parse(String body, char separator) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        addUnlessBlank(records, fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST,
          "Die CSV-Datei endet in einem nicht geschlossenen Anführungszeichen.");
    }
    fields.add(field.toString());
    addUnlessBlank(records, fields);
    return records;
  }

  private static void addUnlessBlank(List<List<String>> records, List<String> fields) {
    if (fields.size() > 1 || !fields.get(0).isBlank()) {
      records.add(fields);
    }
  }
}
