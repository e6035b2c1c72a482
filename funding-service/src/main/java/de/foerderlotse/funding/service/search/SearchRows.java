package de.foerderlotse.funding.service.search;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.ProgrammeSnapshot;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Reads the rows of a {@link SearchStatement} into a search result. */
final class SearchRows {

  /** After the total and the count of every facet value. */
  private static final int FIRST_PROGRAMME_COLUMN =
      2 + Arrays.stream(CatalogueFacet.values()).mapToInt(f -> f.vocabulary().size()).sum();

  private SearchRows() {}

  static SearchResult read(ResultSet rows) throws SQLException {
    long total = 0;
    Map<String, Map<String, Long>> facets = Map.of();
    List<ProgrammeSnapshot> items = new ArrayList<>();
    boolean first = true;
    while (rows.next()) {
      if (first) {
        total = rows.getLong(1);
        facets = facets(rows);
        first = false;
      }
      if (rows.getObject(FIRST_PROGRAMME_COLUMN) != null) {
        items.add(programme(rows, FIRST_PROGRAMME_COLUMN));
      }
    }
    return new SearchResult(items, total, facets);
  }

  /** Facet name → value → count, values without matches left out. */
  private static Map<String, Map<String, Long>> facets(ResultSet rows) throws SQLException {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    int column = 2;
    for (CatalogueFacet facet : CatalogueFacet.values()) {
      Map<String, Long> counts = new TreeMap<>();
      for (String value : facet.vocabulary()) {
        long count = rows.getLong(column++);
        if (count > 0) {
          counts.put(value, count);
        }
      }
      facets.put(facet.parameter(), counts);
    }
    return facets;
  }

  /** The programme columns in the order of {@link SearchStatement#PROGRAMME_COLUMNS}. */
  private static ProgrammeSnapshot programme(ResultSet rows, int first) throws SQLException {
    int c = first;
    UUID id = rows.getObject(c++, UUID.class);
    long version = rows.getLong(c++);
    ProgrammeDetails details =
        new ProgrammeDetails(
            rows.getString(c++),
            rows.getString(c++),
            rows.getString(c++),
            rows.getString(c++),
            enumOrNull(FundingLevel.class, rows.getString(c++)),
            enums(FundingArea.class, rows.getArray(c++)),
            enumOrNull(FundingType.class, rows.getString(c++)),
            enums(ApplicantType.class, rows.getArray(c++)),
            Arrays.asList(strings(rows.getArray(c++))),
            rows.getBigDecimal(c++),
            rows.getBigDecimal(c++),
            rows.getBigDecimal(c++),
            rows.getBigDecimal(c++),
            enumOrNull(ProgrammeStatus.class, rows.getString(c++)),
            rows.getString(c++),
            Programme.readRuleSet(rows.getString(c++)),
            Programme.readCalls(rows.getString(c++)));
    Instant createdAt = instant(rows.getObject(c++, OffsetDateTime.class));
    String createdBy = rows.getString(c++);
    Instant updatedAt = instant(rows.getObject(c++, OffsetDateTime.class));
    String updatedBy = rows.getString(c);
    return new ProgrammeSnapshot(id, version, details, createdAt, createdBy, updatedAt, updatedBy);
  }

  private static String[] strings(Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String name : strings(array)) {
      set.add(Enum.valueOf(type, name));
    }
    return set;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
