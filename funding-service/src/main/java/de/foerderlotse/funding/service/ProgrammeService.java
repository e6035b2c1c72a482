package de.foerderlotse.funding.service;

import de.foerderlotse.funding.domain.FieldChange;
import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Use cases of the programme catalogue; every change, its history and its event commit together.
 */
@ApplicationScoped
public class ProgrammeService {

  private final ProgrammeDrafts drafts;
  private final ProgrammeHistory history;
  private final Clock clock;

  public ProgrammeService(ProgrammeDrafts drafts, ProgrammeHistory history, Clock clock) {
    this.drafts = drafts;
    this.history = history;
    this.clock = clock;
  }

  @Transactional
  public Programme register(ProgrammeDetails stated, String by) {
    Instant now = Instant.now(clock);
    ProgrammeDetails details = drafts.prepare(stated, null, now);
    requireUnusedReference(details.externalReference(), null);
    Programme programme = Programme.register(details, by, now);
    flushGuardingReference(programme::persistAndFlush, details.externalReference());
    history.recordCreated(programme);
    return programme;
  }

  @Transactional
  public Programme get(UUID id) {
    return Programme.<Programme>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Förderprogramm", id));
  }

  /** Replaces the programme's details; a request that changes nothing creates no version. */
  @Transactional
  public Programme update(UUID id, long expectedVersion, ProgrammeDetails stated, String by) {
    return change(id, expectedVersion, current -> stated, by);
  }

  @Transactional
  public void delete(UUID id, long expectedVersion, String by) {
    Programme programme = current(id, expectedVersion);
    history.recordDeleted(programme, by, Instant.now(clock));
    programme.delete();
  }

  /** Adds a call to the programme; returns the changed programme. */
  @Transactional
  public Programme addCall(UUID id, long expectedVersion, FundingCall call, String by) {
    FundingCall withId = call.withId(UUID.randomUUID());
    return change(id, expectedVersion, d -> d.withCalls(append(d.calls(), withId)), by);
  }

  @Transactional
  public Programme replaceCall(
      UUID id, long expectedVersion, UUID callId, FundingCall call, String by) {
    return change(
        id, expectedVersion, d -> d.withCalls(replace(d.calls(), callId, call.withId(callId))), by);
  }

  @Transactional
  public Programme removeCall(UUID id, long expectedVersion, UUID callId, String by) {
    return change(id, expectedVersion, d -> d.withCalls(replace(d.calls(), callId, null)), by);
  }

  private Programme change(
      UUID id, long expectedVersion, UnaryOperator<ProgrammeDetails> edit, String by) {
    Programme programme = current(id, expectedVersion);
    Instant now = Instant.now(clock);
    ProgrammeDetails before = programme.details();
    ProgrammeDetails details = drafts.prepare(edit.apply(before), before, now);
    requireUnusedReference(details.externalReference(), programme.id);
    List<FieldChange> changes = programme.apply(details, by, now);
    if (!changes.isEmpty()) {
      flushGuardingReference(() -> Panache.getEntityManager().flush(), details.externalReference());
      history.recordChanged(programme, changes);
    }
    return programme;
  }

  private Programme current(UUID id, long expectedVersion) {
    Programme programme = get(id);
    if (programme.version != expectedVersion) {
      throw DomainException.staleVersion("Das Förderprogramm", programme.version, expectedVersion);
    }
    return programme;
  }

  /** A concurrent writer may take the reference between the check and the write. */
  private static void flushGuardingReference(Runnable flush, String reference) {
    try {
      flush.run();
    } catch (ConstraintViolationException e) {
      throw DomainException.conflict(
          "Ein Programm mit der externen Referenz " + reference + " ist bereits erfasst.");
    }
  }

  private static void requireUnusedReference(String reference, UUID self) {
    if (reference == null) {
      return;
    }
    Programme.findByExternalReference(reference)
        .filter(other -> !Objects.equals(other.id, self))
        .ifPresent(
            other -> {
              throw DomainException.conflict(
                  "Ein Programm mit der externen Referenz " + reference + " ist bereits erfasst.");
            });
  }

  private static List<FundingCall> append(List<FundingCall> calls, FundingCall call) {
    List<FundingCall> all = new ArrayList<>(calls);
    all.add(call);
    return all;
  }

  /** The calls with the one of the given id replaced, or removed when {@code by} is null. */
  private static List<FundingCall> replace(List<FundingCall> calls, UUID callId, FundingCall by) {
    if (calls.stream().noneMatch(c -> c.id().equals(callId))) {
      throw DomainException.notFound("Förderaufruf", callId);
    }
    List<FundingCall> all = new ArrayList<>();
    for (FundingCall call : calls) {
      if (!call.id().equals(callId)) {
        all.add(call);
      } else if (by != null) {
        all.add(by);
      }
    }
    return all;
  }
}
