package de.foerderlotse.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows parked outbox rows in the readiness report without ever failing it: the service still
 * serves requests, but an operator must look at the rows.
 */
@Readiness
@ApplicationScoped
public class ParkedEventsHealth implements HealthCheck {

  private final ParkedEvents parked;

  public ParkedEventsHealth(ParkedEvents parked) {
    this.parked = parked;
  }

  @Override
  public HealthCheckResponse call() {
    long count = parked.count();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("outbox-parked").up().withData("parked", count);
    if (count > 0) {
      response.withData(
          "warning", count + " Ereignis(se) geparkt, siehe GET /api/admin/outbox/parked");
    }
    return response.build();
  }
}
