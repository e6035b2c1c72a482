package de.foerderlotse.project.alert;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.project.alert.domain.Alert;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.common.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads alerts within the caller's tenant: a municipality sees the alerts addressed to it. The
 * addressee and subject filters use the JSON containment indexes.
 */
@ApplicationScoped
public class AlertQueries {

  private final EntityManager entityManager;
  private final Tenancy tenancy;

  public AlertQueries(EntityManager entityManager, Tenancy tenancy) {
    this.entityManager = entityManager;
    this.tenancy = tenancy;
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public Page<Alert> list(AlertFilter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    Optional<String> narrowedTo = tenancy.filterAgs(filter.ags());
    narrowedTo.ifPresent(
        ags -> {
          where.add("municipalities @> cast(:ags as jsonb)");
          params.put("ags", "[\"" + ags.replaceAll("[^0-9]", "") + "\"]");
        });
    if (narrowedTo.isEmpty()) {
      // A conflict alerts each side and the county separately; county-wide lists show one of them.
      where.add("(county or type not in ('CONFLICT_DETECTED', 'CONFLICT_RESOLVED'))");
    }
    if (filter.type() != null) {
      where.add("type = :type");
      params.put("type", parse(AlertType.class, filter.type()).name());
    }
    if (filter.severity() != null) {
      where.add("severity = :severity");
      params.put("severity", parse(Severity.class, filter.severity()).name());
    }
    if (filter.subjectId() != null) {
      // A bound text parameter turned into JSON by PostgreSQL: no string-built JSON to break.
      where.add("subjects @> jsonb_build_array(jsonb_build_object('id', cast(:subject as text)))");
      params.put("subject", filter.subjectId());
    }
    if (filter.resolved() != null) {
      where.add(filter.resolved() ? "resolved_at is not null" : "resolved_at is null");
    }
    if (filter.createdFrom() != null) {
      where.add("created_at >= :from");
      params.put("from", filter.createdFrom());
    }
    if (filter.createdTo() != null) {
      where.add("created_at < :to");
      params.put("to", filter.createdTo());
    }
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    Query count = entityManager.createNativeQuery("select count(*) from alert" + condition);
    Query select =
        entityManager.createNativeQuery(
            "select * from alert" + condition + " order by created_at desc, id", Alert.class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    long total = ((Number) count.getSingleResult()).longValue();
    List<Alert> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
    return new Page<>(items, page, size, total);
  }

  @Transactional
  public Alert get(UUID id) {
    return Alert.<Alert>findByIdOptional(id)
        .filter(a -> tenancy.confinedTo().map(a.municipalities::contains).orElse(true))
        .orElseThrow(() -> DomainException.notFound("Hinweis", id));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Unbekannter Wert " + value + ".");
    }
  }
}
