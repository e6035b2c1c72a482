package de.foerderlotse.project.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs in a restarted service (a test profile makes Quarkus start anew; Quarkus orders profiled
 * test classes after the others) on the same database: the reminder raised before the restart by
 * {@link RemindersTest} is not raised again.
 */
@QuarkusTest
@TestProfile(RemindersAfterRestartTest.Restarted.class)
class RemindersAfterRestartTest {

  /** A fresh start of the service, on the database it used before the restart. */
  public static class Restarted implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("foerderlotse.deadlines.reminder-delay", "1h");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PreviousDatabase.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /**
   * The usual real infrastructure, but pointed at the database of the service before the restart
   * when {@link RemindersTest} handed it over (a restart gets new test servers).
   */
  public static class PreviousDatabase implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      InfraTestResource infra = new InfraTestResource();
      infra.init(Map.of("database", "project"));
      Map<String, String> config = new HashMap<>(infra.start());
      String previous = System.getProperty(RemindersTest.DATABASE_BEFORE_RESTART);
      if (previous != null) {
        config.put("quarkus.datasource.jdbc.url", previous);
      }
      return config;
    }

    @Override
    public void stop() {
      // The servers are shared per JVM and stopped when it ends.
    }
  }

  @Inject Reminders reminders;

  @Test
  void doesNotRemindAgainAfterRestart() {
    String deadline = ReminderFixture.deadlineOfProject(RemindersTest.RESTART_PROBE);
    if (System.getProperty(RemindersTest.DATABASE_BEFORE_RESTART) != null) {
      assertThat(deadline).as("deadline raised before the restart").isNotNull();
    } else {
      // Run on its own, without the earlier class: remind once here, then check a second run.
      deadline = ReminderFixture.proofOfUseDueSoon(RemindersTest.RESTART_PROBE);
      reminders.run();
    }

    reminders.run();

    assertThat(ReminderFixture.remindersOf(deadline)).isEqualTo(1);
  }
}
