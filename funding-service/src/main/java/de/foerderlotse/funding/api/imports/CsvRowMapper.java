package de.foerderlotse.funding.api.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one CSV record into the JSON shape of a programme request, so both import formats share one
 * validation. The columns are documented in the README.
 */
final class CsvRowMapper {

  static final Set<String> PLAIN =
      Set.of(
          "externalReference",
          "title",
          "shortDescription",
          "fundingBody",
          "fundingLevel",
          "fundingType",
          "status",
          "url");
  static final Set<String> LISTS = Set.of("fundingAreas", "applicantTypes", "eligibleRegions");
  static final Set<String> AMOUNTS =
      Set.of("fundingRatePercent", "minGrant", "maxGrant", "totalBudget");
  static final Map<String, String> RULE_SET =
      Map.ofEntries(
          Map.entry("ruleSetPreset", "preset"),
          Map.entry("proofOfUseMonths", "proofOfUseMonths"),
          Map.entry("interimProofRequired", "interimProofRequired"),
          Map.entry("payoutWindow", "payoutWindow"),
          Map.entry("earmarkingYears", "earmarkingYears"),
          Map.entry("earlyStart", "earlyStart"),
          Map.entry("minOwnContributionPercent", "minOwnContributionPercent"),
          Map.entry("cumulationAllowed", "cumulationAllowed"),
          Map.entry("maxPublicSharePercent", "maxPublicSharePercent"),
          Map.entry("procurementThresholdSupplies", "procurementThresholdSupplies"),
          Map.entry("procurementThresholdWorks", "procurementThresholdWorks"));
  static final Set<String> CALL = Set.of("callTitle", "callBudget", "callStages");

  private final ZoneId zone;

  CsvRowMapper(ZoneId zone) {
    this.zone = zone;
  }

  static boolean known(String column) {
    return PLAIN.contains(column)
        || LISTS.contains(column)
        || AMOUNTS.contains(column)
        || RULE_SET.containsKey(column)
        || CALL.contains(column);
  }

  /**
   * @throws IllegalArgumentException naming the column whose value cannot be read
   */
  ObjectNode map(List<String> header, List<String> values) {
    ObjectNode programme = JsonNodeFactory.instance.objectNode();
    ObjectNode ruleSet = JsonNodeFactory.instance.objectNode();
    ObjectNode call = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size() && i < values.size(); i++) {
      String column = header.get(i);
      String value = values.get(i).trim();
      if (value.isEmpty()) {
        continue;
      }
      if (PLAIN.contains(column)) {
        programme.put(column, value);
      } else if (LISTS.contains(column)) {
        ArrayNode list = programme.putArray(column);
        for (String part : value.split("\\|")) {
          if (!part.isBlank()) {
            list.add(part.trim());
          }
        }
      } else if (AMOUNTS.contains(column)) {
        programme.put(column, decimal(value));
      } else if (RULE_SET.containsKey(column)) {
        ruleSet.put(RULE_SET.get(column), ruleSetValue(value));
      } else if (column.equals("callTitle")) {
        call.put("title", value);
      } else if (column.equals("callBudget")) {
        call.put("budget", decimal(value));
      } else if (column.equals("callStages")) {
        call.set("stages", stages(value));
      }
    }
    if (!ruleSet.isEmpty()) {
      programme.set("ruleSet", ruleSet);
    }
    if (!call.isEmpty()) {
      programme.putArray("calls").add(call);
    }
    return programme;
  }

  /** "1.234,50" (German) and "1234.50" both mean 1234.50. */
  private static String decimal(String value) {
    return value.contains(",") ? value.replace(".", "").replace(',', '.') : value;
  }

  private static String ruleSetValue(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "ja" -> "true";
      case "nein" -> "false";
      default -> value.matches("[\\d.]+,\\d+") ? decimal(value) : value;
    };
  }

  /** {@code SKETCH@2026-03-01T12:00|FULL_APPLICATION@2026-06-30T23:59:00+02:00}. */
  private ArrayNode stages(String value) {
    ArrayNode stages = JsonNodeFactory.instance.arrayNode();
    for (String part : value.split("\\|")) {
      String[] kindAndDeadline = part.trim().split("@", 2);
      if (kindAndDeadline.length != 2) {
        throw new IllegalArgumentException(
            "callStages: jede Stufe als ART@Stichtag, z. B. FULL_APPLICATION@2026-06-30T23:59");
      }
      ObjectNode stage = stages.addObject();
      stage.put("kind", kindAndDeadline[0].trim());
      stage.put("deadline", deadline(kindAndDeadline[1].trim()).toString());
    }
    return stages;
  }

  /** With offset as given; without offset in the county's zone. */
  private OffsetDateTime deadline(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "callStages: " + text + " ist kein Zeitpunkt wie 2026-06-30T23:59");
      }
    }
  }
}
