package de.foerderlotse.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A municipality as the launcher needs it to create one demo login per municipality: the official
 * key and the name. Read from a Destatis extract in the format of {@code deploy/data/*.csv}.
 */
public record Municipality(String ags, String name) {

  /** The default county list shipped with the project (Kreis Düren). */
  public static final String DEFAULT_LIST = "kreis_dueren_municipalities.csv";

  /** A login name from the municipality's name: "Düren, Stadt" becomes "dueren". */
  public String loginName() {
    String base = name.replaceAll(",.*$", "").trim().toLowerCase(Locale.GERMAN);
    base = base.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return "kommune-" + base.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** Reads a list shipped on the classpath (by file name) or, when the path exists, from disk. */
  public static List<Municipality> load(String listOrPath) throws IOException {
    Path path = Path.of(listOrPath);
    if (Files.exists(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        return parse(in);
      }
    }
    try (InputStream in =
        Municipality.class.getResourceAsStream("data/" + path.getFileName().toString())) {
      if (in == null) {
        throw new IllegalArgumentException("no municipality list " + listOrPath);
      }
      return parse(in);
    }
  }

  private static List<Municipality> parse(InputStream in) throws IOException {
    List<Municipality> result = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = splitCsvLine(reader.readLine());
      int ags = header.indexOf("ags");
      int name = header.indexOf("name");
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          List<String> cells = splitCsvLine(line);
          result.add(new Municipality(cells.get(ags), cells.get(name)));
        }
      }
    }
    return result;
  }

  /** Splits one RFC 4180 line; the lists quote names that contain commas. */
  public static List<String> splitCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
