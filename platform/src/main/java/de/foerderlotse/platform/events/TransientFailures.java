package de.foerderlotse.platform.events;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Failures that say nothing about the record: the database is away or busy, a lock or a concurrent
 * update got in the way. Applying the same record again later succeeds.
 */
public final class TransientFailures {

  /** SQLState classes and codes of PostgreSQL that a retry can cure. */
  private static final Set<String> STATE_CLASSES = Set.of("08", "40", "53", "57");

  private static final Set<String> STATES = Set.of("55P03", "55006");

  private TransientFailures() {}

  public static boolean isTransient(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof LockTimeoutException
          || t instanceof QueryTimeoutException
          || t instanceof StaleStateException
          || t instanceof JDBCConnectionException
          || t instanceof LockAcquisitionException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof TimeoutException
          || isTransientState(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTransientState(Throwable t) {
    if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
      return false;
    }
    String state = sql.getSQLState();
    return STATES.contains(state)
        || (state.length() >= 2 && STATE_CLASSES.contains(state.substring(0, 2)));
  }
}
