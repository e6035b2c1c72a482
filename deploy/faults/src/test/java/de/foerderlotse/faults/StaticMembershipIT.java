package de.foerderlotse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The consumers of the running system are static members of their groups (one {@code
 * group.instance.id} per channel), the precondition for getting partitions back at once after a
 * restart.
 */
class StaticMembershipIT {

  @Test
  void everyConsumerChannelJoinsItsGroupWithAnInstanceIdOfItsOwn() throws Exception {
    FaultStack.get();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, FaultStack.kafka()))) {
      List<String> projectService =
          Awaitility.await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> instanceIds(admin, "project-service"), ids -> ids.size() == 3);
      List<String> inbox = instanceIds(admin, "municipality-service-inbox");
      System.out.println(
          "FAULTS | static membership | project-service "
              + projectService
              + " | municipality-service-inbox "
              + inbox);

      assertThat(projectService)
          .allMatch(id -> id.matches(".+-project-service-(programmes|municipalities|projects)"))
          .doesNotHaveDuplicates();
      assertThat(inbox).singleElement().asString().endsWith("-municipality-service-alerts");
    }
  }

  private static List<String> instanceIds(Admin admin, String group) throws Exception {
    return admin
        .describeConsumerGroups(List.of(group))
        .all()
        .get(10, TimeUnit.SECONDS)
        .get(group)
        .members()
        .stream()
        .map(MemberDescription::groupInstanceId)
        .flatMap(Optional::stream)
        .toList();
  }
}
