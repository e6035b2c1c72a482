package de.foerderlotse.project.deadline;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.deadline.domain.Deadline;
import de.foerderlotse.project.deadline.domain.DeadlineKind;
import de.foerderlotse.project.deadline.domain.DeadlineStatus;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads deadlines within the caller's tenant. */
@ApplicationScoped
public class DeadlineQueries {

  private final Tenancy tenancy;

  public DeadlineQueries(Tenancy tenancy) {
    this.tenancy = tenancy;
  }

  @Transactional
  public Page<Deadline> list(DeadlineFilter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    tenancy.filterAgs(filter.ags()).ifPresent(ags -> add(where, params, "ags", ags, "="));
    if (filter.kind() != null) {
      add(where, params, "kind", parse(DeadlineKind.class, filter.kind()), "=");
    }
    if (filter.status() != null) {
      add(where, params, "status", parse(DeadlineStatus.class, filter.status()), "=");
    }
    if (filter.dueFrom() != null) {
      where.add("dueDate >= :dueFrom");
      params.put("dueFrom", filter.dueFrom());
    }
    if (filter.dueTo() != null) {
      where.add("dueDate <= :dueTo");
      params.put("dueTo", filter.dueTo());
    }
    if (filter.applicationId() != null) {
      add(where, params, "applicationId", filter.applicationId(), "=");
    }
    var query =
        Deadline.<Deadline>find(
            where.isEmpty() ? "1 = 1" : String.join(" and ", where),
            Sort.ascending("dueDate").and("id"),
            params);
    long total = query.count();
    return new Page<>(query.page(page, size).list(), page, size, total);
  }

  /**
   * The deadlines of a calendar feed: one municipality's (its own for a municipality user), or the
   * whole county's; cancelled ones are left out.
   */
  @Transactional
  public List<Deadline> calendar(String ags) {
    Optional<String> scope = tenancy.filterAgs(ags);
    return scope
        .map(
            a ->
                Deadline.<Deadline>list(
                    "ags = ?1 and status <> ?2 order by dueDate, id", a, DeadlineStatus.CANCELLED))
        .orElseGet(
            () -> Deadline.list("status <> ?1 order by dueDate, id", DeadlineStatus.CANCELLED));
  }

  private static void add(
      List<String> where, Map<String, Object> params, String field, Object value, String op) {
    where.add(field + " " + op + " :" + field);
    params.put(field, value);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Unbekannter Wert " + value + ".");
    }
  }
}
