package de.foerderlotse.project.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.platform.events.TransientFailures;
import de.foerderlotse.platform.problem.UnavailableMappers;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Which failures a consumer retries and the REST layer answers with 503 instead of 500. */
class OutageClassificationTest {

  @Test
  void connectionLossLockAndConcurrentUpdateAreTransient() {
    assertThat(TransientFailures.isTransient(wrapped("08006"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("40001"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("40P01"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("57014"))).isTrue();
    assertThat(TransientFailures.isTransient(wrapped("55P03"))).isTrue();
    assertThat(TransientFailures.isTransient(new OptimisticLockException("stale"))).isTrue();
  }

  @Test
  void brokenDataIsNotTransient() {
    assertThat(TransientFailures.isTransient(wrapped("23505"))).isFalse();
    assertThat(TransientFailures.isTransient(wrapped("22P02"))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("kein JSON"))).isFalse();
  }

  @Test
  void emptyConnectionPoolIsAnOutage() {
    PersistenceException pool =
        new PersistenceException(
            "Unable to acquire JDBC Connection",
            new java.sql.SQLException("Acquisition timeout while waiting for new connection"));
    assertThat(UnavailableMappers.isOutage(pool)).isTrue();
    assertThat(UnavailableMappers.isOutage(wrapped("23505"))).isFalse();
  }

  private static PersistenceException wrapped(String sqlState) {
    return new PersistenceException(new java.sql.SQLException("simuliert", sqlState));
  }
}
