package de.foerderlotse.project.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.service.deadline.Reminders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
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

  /** A fresh start of the service with the same configuration. */
  public static class Restarted implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("foerderlotse.deadlines.reminder-delay", "1h");
    }
  }

  @Inject Reminders reminders;

  @Test
  void doesNotRemindAgainAfterRestart() {
    String deadline = ReminderFixture.deadlineOfProject(RemindersTest.RESTART_PROBE);
    if (deadline == null) {
      // Run on its own, without the earlier class: remind once here, then check a second run.
      deadline = ReminderFixture.proofOfUseDueSoon(RemindersTest.RESTART_PROBE);
      reminders.run();
    }

    reminders.run();

    assertThat(ReminderFixture.remindersOf(deadline)).isEqualTo(1);
  }
}
