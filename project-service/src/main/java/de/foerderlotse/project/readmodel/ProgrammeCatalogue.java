package de.foerderlotse.project.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProgrammeView;
import de.foerderlotse.project.readmodel.events.ProgrammeChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The programmes this service knows from funding-service's events. */
@ApplicationScoped
public class ProgrammeCatalogue {

  private final Clock clock;
  private final ObjectMapper json;
  private final Event<ProgrammeTermsChanged> termsChanged;

  public ProgrammeCatalogue(Clock clock, ObjectMapper json, Event<ProgrammeTermsChanged> changed) {
    this.clock = clock;
    this.json = json;
    this.termsChanged = changed;
  }

  /**
   * Applies a programme event; an event whose version is not newer than the stored copy changes
   * nothing. A change is announced in-process in the same transaction, so derived deadlines and
   * alerts commit together with the read model.
   *
   * @return whether the read model changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ProgrammeChanged event, String payload) {
    ProgrammeView view = ProgrammeView.findById(event.id());
    if (view != null && !view.isOlderThan(event.version())) {
      return false;
    }
    ProgrammeTerms before = view == null ? null : termsOf(view);
    ProgrammeTerms after = parseTerms(payload);
    boolean isNew = view == null;
    if (isNew) {
      view = new ProgrammeView();
      view.id = event.id();
    }
    view.version = event.version();
    view.externalReference = event.externalReference();
    view.title = event.title();
    view.fundingBody = event.fundingBody();
    view.status = event.status();
    view.deleted = event.deleted();
    view.changedAt = event.changedAt();
    view.payload = payload;
    view.appliedAt = Instant.now(clock);
    if (isNew) {
      view.persist();
    }
    termsChanged.fire(new ProgrammeTermsChanged(before, after));
    return true;
  }

  @Transactional
  public ProgrammeView get(UUID id) {
    return ProgrammeView.<ProgrammeView>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Förderprogramm", id));
  }

  /** The terms of a known programme. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProgrammeTerms> terms(UUID id) {
    return ProgrammeView.<ProgrammeView>findByIdOptional(id).map(this::termsOf);
  }

  public ProgrammeTerms termsOf(ProgrammeView view) {
    return parseTerms(view.payload);
  }

  private ProgrammeTerms parseTerms(String payload) {
    try {
      return json.readValue(payload, ProgrammeTerms.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "programme terms are not readable: " + e.getOriginalMessage());
    }
  }

  /**
   * A programme's terms changed.
   *
   * @param before the terms until now; {@code null} for a programme seen for the first time
   */
  public record ProgrammeTermsChanged(ProgrammeTerms before, ProgrammeTerms after) {}
}
