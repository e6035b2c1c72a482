package de.foerderlotse.funding.service.search;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition of a search, built only from fixed fragments with bound parameters: no user
 * text ever becomes SQL.
 */
final class SearchQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final boolean hasText;

  SearchQuery(SearchCriteria c, Instant now) {
    hasText = c.text() != null;
    if (hasText) {
      conditions.add("p.search_vector @@ websearch_to_tsquery('german', :text)");
      parameters.put("text", c.text());
    }
    if (c.externalReference() != null) {
      conditions.add("p.external_reference = :externalReference");
      parameters.put("externalReference", c.externalReference());
    }
    anyOf("p.funding_areas && ", "area", c.fundingAreas(), false);
    anyOf("p.applicant_types && ", "applicant", c.applicantTypes(), true);
    in("p.funding_level", "level", c.fundingLevels());
    in("p.funding_type", "type", c.fundingTypes());
    in("p.status", "status", c.statuses());
    if (c.region() != null) {
      conditions.add(
          "(cardinality(p.eligible_regions) = 0 or exists (select 1 from unnest(p.eligible_regions)"
              + " r where starts_with(:region, r) or starts_with(r, :region)))");
      parameters.put("region", c.region());
    }
    if (c.fundingBody() != null) {
      conditions.add("p.funding_body ilike :fundingBody escape '\\'");
      parameters.put("fundingBody", "%" + c.fundingBody().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (c.deadlineFrom() != null || c.deadlineTo() != null) {
      OffsetDateTime from =
          c.deadlineFrom() != null ? c.deadlineFrom() : now.atOffset(ZoneOffset.UTC);
      conditions.add(
          "exists (select 1 from unnest(p.stage_deadlines) d where d >= :deadlineFrom"
              + (c.deadlineTo() != null ? " and d <= :deadlineTo)" : ")"));
      parameters.put("deadlineFrom", from);
      if (c.deadlineTo() != null) {
        parameters.put("deadlineTo", c.deadlineTo());
      }
    }
    if (c.amountMin() != null) {
      conditions.add("(p.max_grant is null or p.max_grant >= :amountMin)");
      parameters.put("amountMin", c.amountMin());
    }
    if (c.amountMax() != null) {
      conditions.add("(p.min_grant is null or p.min_grant <= :amountMax)");
      parameters.put("amountMax", c.amountMax());
    }
  }

  boolean hasText() {
    return hasText;
  }

  String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  Query bind(Query query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /** Matches rows whose array shares a value; {@code emptyMatches}: an empty array means "all". */
  private void anyOf(
      String fragment, String name, Collection<? extends Enum<?>> values, boolean emptyMatches) {
    if (values.isEmpty()) {
      return;
    }
    String column = fragment.substring(0, fragment.indexOf(' '));
    String array = "array[" + String.join(", ", bindAll(name, values)) + "]::text[]";
    conditions.add(
        emptyMatches
            ? "(cardinality(" + column + ") = 0 or " + fragment + array + ")"
            : fragment + array);
  }

  private void in(String column, String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " in (" + String.join(", ", bindAll(name, values)) + ")");
    }
  }

  private List<String> bindAll(String name, Collection<? extends Enum<?>> values) {
    List<String> placeholders = new ArrayList<>();
    int i = 0;
    for (Enum<?> value : values) {
      String parameter = name + i++;
      parameters.put(parameter, value.name());
      placeholders.add(":" + parameter);
    }
    return placeholders;
  }
}
