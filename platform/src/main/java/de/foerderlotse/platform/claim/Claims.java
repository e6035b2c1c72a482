package de.foerderlotse.platform.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "Claim once, under a lock, then decide" for every replica-safe decision: either a row that only
 * one caller can insert (the claim), or a state row that is created if missing and locked before
 * anything the decision depends on is read, so concurrent callers decide one after the other on
 * committed data. Table and column names are code constants, never request input.
 */
@ApplicationScoped
public class Claims {

  private final EntityManager entityManager;

  public Claims(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Inserts the row unless one with the same unique key exists.
   *
   * @param conflictTarget the unique columns, e.g. {@code "(dedup_key)"}; empty for any conflict
   * @return {@code true} when this caller inserted it, i.e. owns the claim
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claimOnce(String table, Map<String, Object> row, String conflictTarget) {
    String columns = String.join(", ", row.keySet());
    String values =
        String.join(
            ", ",
            row.entrySet().stream()
                .map(e -> e.getValue() instanceof Sql sql ? sql.expression() : ":" + e.getKey())
                .toList());
    Query insert =
        entityManager.createNativeQuery(
            "insert into %s (%s) values (%s) on conflict %s do nothing"
                .formatted(table, columns, values, conflictTarget));
    row.forEach(
        (column, value) -> {
          if (!(value instanceof Sql)) {
            insert.setParameter(column, value);
          }
        });
    return insert.executeUpdate() == 1;
  }

  /** A column value written as an SQL expression, e.g. {@code now()} or {@code '[]'::jsonb}. */
  public record Sql(String expression) {}

  /**
   * Creates the state row with {@code initial} values if it is missing, locks it until the
   * transaction ends, and only then runs {@code decide} with the current values of {@code columns}.
   * Whatever {@code decide} reads afterwards (sums, counts) includes every change committed by
   * callers that held the lock before.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <R> R underLock(
      String table,
      Map<String, Object> key,
      Map<String, Object> initial,
      List<String> columns,
      Function<Object[], R> decide) {
    Map<String, Object> row = new LinkedHashMap<>(key);
    row.putAll(initial);
    claimOnce(table, row, "");
    List<String> where = new ArrayList<>();
    key.keySet().forEach(c -> where.add(c + " = :" + c));
    Query select =
        entityManager.createNativeQuery(
            "select %s from %s where %s for update"
                .formatted(String.join(", ", columns), table, String.join(" and ", where)));
    key.forEach(select::setParameter);
    Object result = select.getSingleResult();
    return decide.apply(result instanceof Object[] values ? values : new Object[] {result});
  }
}
