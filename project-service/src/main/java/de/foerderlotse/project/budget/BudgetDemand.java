package de.foerderlotse.project.budget;

import de.foerderlotse.project.application.domain.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the county's counting applications request per call: the queries behind budget pressure. */
@ApplicationScoped
public class BudgetDemand {

  static final Demand NONE = new Demand(BigDecimal.ZERO.setScale(2), 0);

  private static final List<ApplicationStatus> COUNTING =
      Arrays.stream(ApplicationStatus.values())
          .filter(ApplicationStatus::countsAgainstBudget)
          .toList();

  private final EntityManager entityManager;

  public BudgetDemand(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The sum requested and the number of counting applications per call: one grouped query. */
  public Map<UUID, Demand> perCall(List<UUID> callIds) {
    Map<UUID, Demand> demand = new HashMap<>();
    if (callIds.isEmpty()) {
      return demand;
    }
    entityManager
        .createQuery(
            "select a.callId, sum(a.requestedAmount), count(a) from Application a"
                + " where a.callId in :calls and a.status in :counting group by a.callId",
            Object[].class)
        .setParameter("calls", callIds)
        .setParameter("counting", COUNTING)
        .getResultList()
        .forEach(row -> demand.put((UUID) row[0], demandOf(row)));
    return demand;
  }

  /** The same per call, counting only one municipality's applications. */
  public Map<UUID, Demand> perCallOf(String ags) {
    Map<UUID, Demand> own = new HashMap<>();
    entityManager
        .createQuery(
            "select a.callId, sum(a.requestedAmount), count(a) from Application a where a.ags = :ags"
                + " and a.callId is not null and a.status in :counting group by a.callId",
            Object[].class)
        .setParameter("ags", ags)
        .setParameter("counting", COUNTING)
        .getResultList()
        .forEach(row -> own.put((UUID) row[0], demandOf(row)));
    return own;
  }

  /** The municipalities with counting applications to the call, in AGS order. */
  public List<String> applicants(UUID callId) {
    return entityManager
        .createQuery(
            "select distinct a.ags from Application a where a.callId = :call"
                + " and a.status in :counting order by a.ags",
            String.class)
        .setParameter("call", callId)
        .setParameter("counting", COUNTING)
        .getResultList();
  }

  private static Demand demandOf(Object[] row) {
    return new Demand((BigDecimal) row[1], ((Number) row[2]).longValue());
  }

  /** The sum requested and the number of applications behind it. */
  public record Demand(BigDecimal requested, long applications) {}
}
