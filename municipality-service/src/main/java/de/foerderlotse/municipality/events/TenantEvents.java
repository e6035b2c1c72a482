package de.foerderlotse.municipality.events;

import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records this service's events in the outbox, inside the transaction of the change. The aggregate
 * must be flushed first, so that the version in the event is the one committed.
 */
@ApplicationScoped
public class TenantEvents {

  private final OutboxWriter outbox;

  public TenantEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void municipalityChanged(Municipality municipality, List<String> changedFields) {
    outbox.append(
        MunicipalityChanged.TOPIC,
        MunicipalityChanged.TYPE,
        municipality.ags,
        MunicipalityChanged.of(municipality, changedFields));
  }

  public void projectChanged(Project project, List<String> changedFields) {
    outbox.append(
        ProjectChanged.TOPIC,
        ProjectChanged.TYPE,
        project.id.toString(),
        ProjectChanged.of(project, changedFields));
  }
}
