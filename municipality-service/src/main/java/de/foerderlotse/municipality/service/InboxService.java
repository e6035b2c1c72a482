package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.config.MunicipalityConfig;
import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.domain.Alert;
import de.foerderlotse.municipality.domain.InboxItem;
import de.foerderlotse.platform.events.ProcessedEvents;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.rest.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Each municipality's inbox of alerts and advice, and the county's own. */
@ApplicationScoped
public class InboxService {

  /** Consumer name in the log of processed events. */
  public static final String CONSUMER = "inbox";

  private static final Logger LOG = Logger.getLogger(InboxService.class);

  private final ProcessedEvents processed;
  private final MunicipalityConfig config;
  private final Clock clock;

  public InboxService(ProcessedEvents processed, MunicipalityConfig config, Clock clock) {
    this.processed = processed;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Puts an alert into the inbox of every addressee, once: a re-delivered event is recognised by
   * its id, and a re-raised alert by its dedup key.
   *
   * @return how many inbox items were added
   */
  @Transactional
  public int receive(String eventId, Alert alert) {
    if (!processed.recordFirstDelivery(CONSUMER, eventId)) {
      return 0;
    }
    int added = 0;
    for (String ags : addressees(alert)) {
      if (InboxItem.count("ags = ?1 and dedupKey = ?2", ags, alert.dedupKey()) == 0) {
        newItem(ags, alert).persist();
        added++;
      }
    }
    return added;
  }

  @Transactional
  public Page<InboxItem> list(Actor actor, InboxFilter filter, int page, int size) {
    String ags = Tenancy.actingFor(actor, filter.ags());
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (ags != null) {
      query.append(" and ags = :ags");
      parameters.and("ags", ags);
    }
    if (filter.type() != null) {
      query.append(" and type = :type");
      parameters.and("type", filter.type().toUpperCase(Locale.ROOT));
    }
    if (filter.severity() != null) {
      query.append(" and severity = :severity");
      parameters.and("severity", filter.severity().toUpperCase(Locale.ROOT));
    }
    if (filter.read() != null) {
      query.append(filter.read() ? " and readAt is not null" : " and readAt is null");
    }
    if (filter.acknowledged() != null) {
      query.append(
          filter.acknowledged()
              ? " and acknowledgedAt is not null"
              : " and acknowledgedAt is null");
    }
    PanacheQuery<InboxItem> found =
        InboxItem.find(
            query.toString(),
            Sort.by("receivedAt", Sort.Direction.Descending).and("id"),
            parameters);
    return new Page<>(found.page(page, size).list(), page, size, found.count());
  }

  @Transactional
  public InboxItem get(Actor actor, UUID id) {
    InboxItem item = InboxItem.findById(id);
    if (item == null || (actor.isMunicipality() && !item.ags.equals(actor.ags()))) {
      throw DomainException.notFound("Der Posteingangseintrag", id);
    }
    return item;
  }

  @Transactional
  public InboxItem markRead(Actor actor, UUID id) {
    return act(actor, id, InboxItem::markRead);
  }

  @Transactional
  public InboxItem markUnread(Actor actor, UUID id) {
    return act(actor, id, (item, by, at) -> item.markUnread());
  }

  @Transactional
  public InboxItem acknowledge(Actor actor, UUID id) {
    return act(actor, id, InboxItem::acknowledge);
  }

  private InboxItem act(Actor actor, UUID id, Action action) {
    Tenancy.requireWriter(actor);
    InboxItem item = get(actor, id);
    action.apply(item, actor.name(), Instant.now(clock));
    InboxItem.flush();
    return item;
  }

  private Set<String> addressees(Alert alert) {
    Set<String> result = new LinkedHashSet<>();
    for (String ags : alert.municipalities()) {
      if (Ags.isValid(ags)) {
        result.add(ags);
      } else {
        LOG.warnf("Alert %s names invalid AGS %s; skipped", alert.id(), ags);
      }
    }
    if (alert.county()) {
      config
          .county()
          .ifPresentOrElse(
              county -> result.add(county.ags()),
              () -> LOG.warnf("Alert %s addresses the county, but none is configured", alert.id()));
    }
    return result;
  }

  private InboxItem newItem(String ags, Alert alert) {
    InboxItem item = new InboxItem();
    item.id = UUID.randomUUID();
    item.ags = ags;
    item.alertId = alert.id();
    item.type = alert.type().toUpperCase(Locale.ROOT);
    item.severity = alert.severity().toUpperCase(Locale.ROOT);
    item.message =
        alert.message().length() > 4000 ? alert.message().substring(0, 4000) : alert.message();
    item.dedupKey = alert.dedupKey();
    item.alertCreatedAt = alert.createdAt();
    item.receivedAt = Instant.now(clock);
    item.subjects.addAll(alert.subjects());
    return item;
  }

  @FunctionalInterface
  private interface Action {
    void apply(InboxItem item, String by, Instant at);
  }
}
