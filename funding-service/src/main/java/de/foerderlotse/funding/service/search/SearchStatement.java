package de.foerderlotse.funding.service.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one SQL statement of a catalogue search: the matches are counted in total and by facet in one
 * pass ({@code summary}) and cut to the requested page in another ({@code page}, only ids and sort
 * keys, joined back to the programme rows), all in one round trip. Built only from fixed fragments
 * with bound parameters: no user text ever becomes SQL.
 *
 * <p>Its rows: the summary (total, then one count per facet value, see {@link CatalogueFacet}) with
 * the columns of one programme of the page ({@link #PROGRAMME_COLUMNS}), in page order; a single
 * row without programme when the page is empty.
 */
final class SearchStatement {

  static final String PROGRAMME_COLUMNS =
      "p.id, p.version, p.external_reference, p.title, p.short_description, p.funding_body,"
          + " p.funding_level, p.funding_areas, p.funding_type, p.applicant_types,"
          + " p.eligible_regions, p.funding_rate_percent, p.min_grant, p.max_grant,"
          + " p.total_budget, p.status, p.url, p.rule_set::text, p.calls::text, p.created_at,"
          + " p.created_by, p.updated_at, p.updated_by";

  /**
   * The first stage deadline at or after an instant (parameter). {@code stage_deadlines} is kept
   * sorted by the database trigger, so {@code width_bucket} finds it by binary search: it counts
   * the deadlines up to the instant minus one microsecond, the resolution of timestamps.
   */
  private static final String FIRST_DEADLINE_FROM =
      "p.stage_deadlines[width_bucket(?::timestamptz - interval '1 microsecond',"
          + " p.stage_deadlines) + 1]";

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> conditionParameters = new ArrayList<>();

  SearchStatement(SearchCriteria c, Instant now) {
    OffsetDateTime utcNow = now.atOffset(ZoneOffset.UTC);
    collectConditions(c, utcNow);
    String order = c.sort().orderBy();
    sql.append("with summary as (select count(*) as total, ").append(CatalogueFacet.COUNT_COLUMNS);
    appendMatches(c);
    sql.append("), page as (select * from (select p.id, p.title, p.updated_at, p.created_at,");
    sql.append(" p.max_grant, ");
    sql.append(c.text() != null ? "ts_rank(p.search_vector, q.query)" : "0::real");
    sql.append(" as rank, ");
    if (c.sort() == SearchSort.NEXT_DEADLINE) {
      append(FIRST_DEADLINE_FROM, utcNow);
    } else {
      sql.append("null::timestamptz");
    }
    sql.append(" as next_deadline");
    appendMatches(c);
    append(") h order by " + order + " limit ? offset ?)", c.size(), (long) c.page() * c.size());
    sql.append(" select s.*, ").append(PROGRAMME_COLUMNS);
    sql.append(" from summary s left join (page h join programme p on p.id = h.id) on true");
    sql.append(" order by ").append(order);
  }

  /**
   * {@code from … where …} of the matching programmes ({@code p}). Written out twice, for the
   * summary and for the page: scanning the matches again costs less than materialising them once.
   */
  private void appendMatches(SearchCriteria c) {
    sql.append(" from programme p");
    if (c.text() != null) {
      append(" cross join websearch_to_tsquery('german', ?) q(query)", c.text());
    }
    if (!conditions.isEmpty()) {
      sql.append(" where ").append(String.join(" and ", conditions));
      parameters.addAll(conditionParameters);
    }
  }

  PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      if (value instanceof String[] array) {
        statement.setArray(i + 1, connection.createArrayOf("text", array));
      } else {
        statement.setObject(i + 1, value);
      }
    }
    return statement;
  }

  String sql() {
    return sql.toString();
  }

  private void collectConditions(SearchCriteria c, OffsetDateTime now) {
    if (c.text() != null) {
      condition("p.search_vector @@ q.query");
    }
    if (c.externalReference() != null) {
      condition("p.external_reference = ?", c.externalReference());
    }
    if (!c.fundingAreas().isEmpty()) {
      condition("p.funding_areas && ?", textArray(c.fundingAreas()));
    }
    if (!c.applicantTypes().isEmpty()) {
      // A programme that names no applicant types is open to all.
      condition(
          "(cardinality(p.applicant_types) = 0 or p.applicant_types && ?)",
          textArray(c.applicantTypes()));
    }
    anyOf("p.funding_level", c.fundingLevels());
    anyOf("p.funding_type", c.fundingTypes());
    anyOf("p.status", c.statuses());
    if (c.region() != null) {
      region(c.region());
    }
    if (c.fundingBody() != null) {
      condition(
          "p.funding_body ilike ? escape '\\'",
          "%" + c.fundingBody().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (c.deadlineFrom() != null || c.deadlineTo() != null) {
      OffsetDateTime from = c.deadlineFrom() != null ? c.deadlineFrom() : now;
      if (c.deadlineTo() != null) {
        condition(FIRST_DEADLINE_FROM + " <= ?", from, c.deadlineTo());
      } else {
        condition("p.stage_deadlines[cardinality(p.stage_deadlines)] >= ?", from);
      }
    }
    if (c.amountMin() != null) {
      condition("(p.max_grant is null or p.max_grant >= ?)", c.amountMin());
    }
    if (c.amountMax() != null) {
      condition("(p.min_grant is null or p.min_grant <= ?)", c.amountMax());
    }
  }

  /**
   * Programmes open everywhere, or to a region that contains the given one (one of its prefixes, an
   * array overlap) or lies within it.
   */
  private void region(String region) {
    Object containing =
        IntStream.rangeClosed(1, region.length())
            .mapToObj(n -> region.substring(0, n))
            .toArray(String[]::new);
    condition(
        "(cardinality(p.eligible_regions) = 0 or p.eligible_regions && ?"
            + " or exists (select 1 from unnest(p.eligible_regions) r where starts_with(r, ?)))",
        containing,
        region);
  }

  private void anyOf(String column, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      condition(column + " = any(?)", textArray(values));
    }
  }

  private void condition(String fragment, Object... values) {
    conditions.add(fragment);
    conditionParameters.addAll(List.of(values));
  }

  private void append(String fragment, Object... values) {
    sql.append(fragment);
    parameters.addAll(List.of(values));
  }

  /** One parameter (not varargs spread): bound as a {@code text[]}. */
  private static Object textArray(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toArray(String[]::new);
  }
}
