package de.foerderlotse.municipality.domain;

import de.foerderlotse.platform.input.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a municipality list in the Destatis GV-ISys extract format of {@code deploy/data}: a CSV
 * with a header row naming at least {@code ags}, {@code name}, {@code lat} and {@code lon}; {@code
 * textkennzeichen}, {@code bevoelkerung}, {@code flaeche_km2}, {@code plz} and {@code nachbarn}
 * (neighbour keys separated by {@code ;}) are used when present. Works for any county or state.
 */
public final class MunicipalityList {

  /** Destatis text marks of towns: 61 kreisfreie Stadt, 62 Stadtkreis, 63 Stadt. */
  private static final Set<String> CITY_MARKS = Set.of("60", "61", "62", "63");

  private MunicipalityList() {}

  /**
   * Parses a whole list.
   *
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  public static List<MunicipalityData> parse(Reader source, String sourceName) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    String headerLine = reader.readLine();
    if (headerLine == null) {
      throw new IllegalArgumentException(sourceName + ": leere Liste");
    }
    Header header = new Header(splitCsvLine(headerLine.replace("\uFEFF", "")), sourceName);
    List<MunicipalityData> result = new ArrayList<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        result.add(header.read(splitCsvLine(line)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            sourceName + " Zeile " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** One RFC 4180 line (the lists quote names that contain commas), cells trimmed. */
  static List<String> splitCsvLine(String line) {
    return CsvRecords.splitLine(line).stream().map(String::trim).toList();
  }

  private record Header(List<String> columns, String sourceName) {

    Header {
      for (String required : List.of("ags", "name", "lat", "lon")) {
        if (!columns.contains(required)) {
          throw new IllegalArgumentException(sourceName + ": Spalte " + required + " fehlt");
        }
      }
    }

    MunicipalityData read(List<String> cells) {
      String ags = cell(cells, "ags");
      String name = cell(cells, "name");
      if (name == null) {
        throw new IllegalArgumentException("Name fehlt");
      }
      String countyAgs = Ags.isValid(ags) ? Ags.countyOf(ags) : null;
      return new MunicipalityData(
          ags,
          name,
          kindOf(cell(cells, "textkennzeichen"), name),
          ags != null && ags.equals(countyAgs) ? null : countyAgs,
          integer(cell(cells, "bevoelkerung")),
          decimal(cell(cells, "flaeche_km2")),
          cell(cells, "plz"),
          new GeoPoint(
              Double.parseDouble(required(cells, "lat")),
              Double.parseDouble(required(cells, "lon"))),
          neighbours(cell(cells, "nachbarn")));
    }

    private String required(List<String> cells, String column) {
      String value = cell(cells, column);
      if (value == null) {
        throw new IllegalArgumentException(column + " fehlt");
      }
      return value;
    }

    private String cell(List<String> cells, String column) {
      int index = columns.indexOf(column);
      if (index < 0 || index >= cells.size() || cells.get(index).isBlank()) {
        return null;
      }
      return cells.get(index);
    }

    private static MunicipalityKind kindOf(String textMark, String name) {
      if (textMark != null) {
        return CITY_MARKS.contains(textMark)
            ? MunicipalityKind.CITY
            : MunicipalityKind.MUNICIPALITY;
      }
      return name.endsWith(", Stadt") ? MunicipalityKind.CITY : MunicipalityKind.MUNICIPALITY;
    }

    private static Integer integer(String value) {
      return value == null ? null : Integer.valueOf(value);
    }

    private static BigDecimal decimal(String value) {
      return value == null ? null : new BigDecimal(value);
    }

    private static List<String> neighbours(String value) {
      if (value == null) {
        return List.of();
      }
      return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }
}
