package de.foerderlotse.project.alert.events;

import de.foerderlotse.platform.outbox.OutboxWriter;
import de.foerderlotse.project.alert.domain.Alert;
import jakarta.enterprise.context.ApplicationScoped;

/** Records raised alerts in the outbox, inside the transaction that raised them. */
@ApplicationScoped
public class AlertEvents {

  private final OutboxWriter outbox;

  public AlertEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void raised(Alert alert) {
    outbox.append(AlertRaised.TOPIC, AlertRaised.TYPE, alert.id.toString(), AlertRaised.of(alert));
  }
}
