package de.foerderlotse.funding.service.search;

import de.foerderlotse.funding.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches the catalogue with index-backed SQL: the page of matches, their total and facet counts
 * cost three round trips, whatever the catalogue's size.
 */
@ApplicationScoped
public class ProgrammeSearch {

  private static final String FACETS =
      """
      with hits as (select p.funding_areas, p.applicant_types, p.funding_level, p.funding_type,
                           p.status from programme p %s)
      select 'fundingArea', v, count(*) from hits, unnest(funding_areas) v group by v
      union all
      select 'applicantType', v, count(*) from hits, unnest(applicant_types) v group by v
      union all
      select 'fundingLevel', funding_level, count(*) from hits
        where funding_level is not null group by funding_level
      union all
      select 'fundingType', funding_type, count(*) from hits group by funding_type
      union all
      select 'status', status, count(*) from hits group by status
      """;

  private final EntityManager entityManager;
  private final Clock clock;

  public ProgrammeSearch(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional
  public SearchResult search(SearchCriteria criteria) {
    Instant now = Instant.now(clock);
    SearchQuery query = new SearchQuery(criteria, now);
    List<Object[]> rows = page(criteria, query, now);
    long total = rows.isEmpty() ? count(query) : ((Number) rows.get(0)[1]).longValue();
    List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
    Map<UUID, Programme> byId =
        ids.isEmpty()
            ? Map.of()
            : Programme.<Programme>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    List<Programme> items = ids.stream().map(byId::get).toList();
    return new SearchResult(items, total, facets(query));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> page(SearchCriteria criteria, SearchQuery query, Instant now) {
    StringBuilder sql = new StringBuilder("select p.id, count(*) over () as total");
    sql.append(
        query.hasText()
            ? ", ts_rank(p.search_vector, websearch_to_tsquery('german', :text)) as rank"
            : ", 0 as rank");
    if (criteria.sort() == SearchSort.NEXT_DEADLINE) {
      sql.append(
          ", (select min(d) from unnest(p.stage_deadlines) d where d >= :now) as next_deadline");
    }
    sql.append(" from programme p").append(query.where());
    sql.append(" order by ").append(criteria.sort().orderBy());
    sql.append(" limit :limit offset :offset");
    var nativeQuery = query.bind(entityManager.createNativeQuery(sql.toString()));
    if (criteria.sort() == SearchSort.NEXT_DEADLINE) {
      nativeQuery.setParameter("now", now.atOffset(java.time.ZoneOffset.UTC));
    }
    return nativeQuery
        .setParameter("limit", criteria.size())
        .setParameter("offset", (long) criteria.page() * criteria.size())
        .getResultList();
  }

  private long count(SearchQuery query) {
    Object count =
        query
            .bind(
                entityManager.createNativeQuery("select count(*) from programme p" + query.where()))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Long>> facets(SearchQuery query) {
    List<Object[]> rows =
        query
            .bind(entityManager.createNativeQuery(FACETS.formatted(query.where())))
            .getResultList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String name :
        List.of("fundingArea", "applicantType", "fundingLevel", "fundingType", "status")) {
      facets.put(name, new TreeMap<>());
    }
    for (Object[] row : rows) {
      facets.get((String) row[0]).put((String) row[1], ((Number) row[2]).longValue());
    }
    return facets;
  }
}
