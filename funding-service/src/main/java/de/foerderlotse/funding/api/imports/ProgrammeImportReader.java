package de.foerderlotse.funding.api.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.funding.api.ProgrammeRequest;
import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.service.importing.ImportRow;
import de.foerderlotse.platform.input.CsvRecords;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an import file, JSON array or CSV, into rows. A file that cannot be read at all is a bad
 * request; a row that cannot be read becomes a rejected row with its reason, and the others go on.
 */
@ApplicationScoped
public class ProgrammeImportReader {

  private final ObjectMapper json;
  private final Validator validator;
  private final FundingConfig config;

  public ProgrammeImportReader(ObjectMapper json, Validator validator, FundingConfig config) {
    this.json = json;
    this.validator = validator;
    this.config = config;
  }

  public List<ImportRow> readJson(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Der Inhalt ist kein gültiges JSON.");
    }
    if (root == null || !root.isArray()) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST, "Der Import erwartet ein JSON-Array von Programmen.");
    }
    requireRowLimit(root.size());
    List<ImportRow> rows = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      rows.add(row(i + 1, root.get(i)));
    }
    return rows;
  }

  public List<ImportRow> readCsv(String body) {
    List<List<String>> records = CsvRecords.parse(body);
    if (records.isEmpty()) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Die CSV-Datei hat keine Kopfzeile.");
    }
    List<String> header = records.get(0).stream().map(String::trim).toList();
    List<String> unknown = header.stream().filter(c -> !CsvRowMapper.known(c)).toList();
    if (!unknown.isEmpty()) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST,
          "Unbekannte Spalten " + unknown + "; die Spalten sind in der Dokumentation beschrieben.");
    }
    requireRowLimit(records.size() - 1);
    CsvRowMapper mapper = new CsvRowMapper(config.zone());
    List<ImportRow> rows = new ArrayList<>(records.size() - 1);
    for (int i = 1; i < records.size(); i++) {
      int line = i + 1;
      try {
        rows.add(row(line, mapper.map(header, records.get(i))));
      } catch (IllegalArgumentException e) {
        rows.add(ImportRow.unreadable(line, reference(header, records.get(i)), e.getMessage()));
      }
    }
    return rows;
  }

  private ImportRow row(int number, JsonNode node) {
    String reference =
        node != null && node.hasNonNull("externalReference")
            ? node.get("externalReference").asText()
            : null;
    if (node == null || !node.isObject()) {
      return ImportRow.unreadable(number, null, "Die Zeile ist kein JSON-Objekt.");
    }
    ProgrammeRequest request;
    try {
      request = json.treeToValue(node, ProgrammeRequest.class);
    } catch (JsonProcessingException e) {
      return ImportRow.unreadable(number, reference, unreadableField(e));
    }
    Set<ConstraintViolation<ProgrammeRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .collect(Collectors.joining("; "));
      return ImportRow.unreadable(number, reference, reason);
    }
    return ImportRow.read(number, request.toDetails());
  }

  private static String unreadableField(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      return field + ": ungültiger Wert";
    }
    return "Die Zeile kann nicht gelesen werden.";
  }

  private void requireRowLimit(int rows) {
    if (rows > config.importing().maxRows()) {
      throw new DomainException(
          ProblemKind.PAYLOAD_TOO_LARGE,
          "Ein Import darf höchstens " + config.importing().maxRows() + " Zeilen haben.");
    }
  }

  private static String reference(List<String> header, List<String> values) {
    int column = header.indexOf("externalReference");
    return column >= 0 && column < values.size() && !values.get(column).isBlank()
        ? values.get(column).trim()
        : null;
  }
}
