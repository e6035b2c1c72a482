package de.foerderlotse.funding.service;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.events.ProgrammeEvents;
import de.foerderlotse.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Use cases of the programme catalogue; every change and its event commit together. */
@ApplicationScoped
public class ProgrammeService {

  private final ProgrammeEvents events;
  private final Clock clock;

  public ProgrammeService(ProgrammeEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Programme register(ProgrammeDetails details, String by) {
    if (details.externalReference() != null
        && Programme.findByExternalReference(details.externalReference()).isPresent()) {
      throw DomainException.conflict(
          "Ein Programm mit der externen Referenz "
              + details.externalReference()
              + " ist bereits erfasst.");
    }
    Programme programme = Programme.register(details, by, Instant.now(clock));
    programme.persistAndFlush();
    events.changed(programme, List.of("created"));
    return programme;
  }

  @Transactional
  public Programme get(UUID id) {
    return Programme.<Programme>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Förderprogramm", id));
  }

  @Transactional
  public List<Programme> list(int page, int size) {
    return Programme.<Programme>findAll(io.quarkus.panache.common.Sort.by("title"))
        .page(page, size)
        .list();
  }
}
