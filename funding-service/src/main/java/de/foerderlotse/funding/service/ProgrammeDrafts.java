package de.foerderlotse.funding.service;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.CallStage;
import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.RuleSet;
import de.foerderlotse.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what a scout stated into a programme's complete details: the rule set resolved from its
 * preset, call ids kept stable, deadlines in the county's zone; and checks the rules that need more
 * than one field.
 */
@ApplicationScoped
public class ProgrammeDrafts {

  private final RuleSetPresets presets;
  private final ZoneId zone;

  public ProgrammeDrafts(RuleSetPresets presets, FundingConfig config) {
    this.presets = presets;
    this.zone = config.zone();
  }

  /**
   * @param existing the programme's current details, or {@code null} for a new programme
   */
  public ProgrammeDetails prepare(ProgrammeDetails stated, ProgrammeDetails existing, Instant now) {
    List<FundingCall> previous = existing == null ? List.of() : existing.calls();
    ProgrammeDetails details =
        stated.withRuleSet(ruleSet(stated, existing)).withCalls(calls(stated, previous));
    checkGrantRange(details);
    checkNewDeadlinesAreAhead(details.calls(), previous, now);
    return details;
  }

  /** An update that names no preset keeps the programme's preset, so a new default changes none. */
  private RuleSet ruleSet(ProgrammeDetails stated, ProgrammeDetails existing) {
    RuleSet wanted = stated.ruleSet();
    String kept =
        existing == null || existing.ruleSet() == null ? null : existing.ruleSet().preset();
    if (kept != null && (wanted == null || wanted.preset() == null)) {
      wanted = (wanted == null ? RuleSet.named(kept) : wanted.withPreset(kept));
    }
    return presets.resolve(wanted, stated.fundingLevel(), stated.applicantTypes());
  }

  /** Calls without an id keep the id of the call at the same position, so re-imports match. */
  private List<FundingCall> calls(ProgrammeDetails stated, List<FundingCall> previous) {
    List<FundingCall> calls = new ArrayList<>();
    for (int i = 0; i < stated.calls().size(); i++) {
      FundingCall call = stated.calls().get(i);
      UUID id =
          call.id() != null
              ? call.id()
              : i < previous.size() ? previous.get(i).id() : UUID.randomUUID();
      List<CallStage> stages =
          call.stages().stream()
              .map(s -> new CallStage(s.kind(), s.label(), inZone(s.deadline())))
              .toList();
      calls.add(new FundingCall(id, call.title(), call.budget(), stages));
    }
    Set<UUID> ids = new HashSet<>();
    for (FundingCall call : calls) {
      if (!ids.add(call.id())) {
        throw DomainException.unprocessable("Der Aufruf " + call.id() + " ist doppelt angegeben.");
      }
    }
    return calls;
  }

  private OffsetDateTime inZone(OffsetDateTime deadline) {
    return deadline == null ? null : deadline.atZoneSameInstant(zone).toOffsetDateTime();
  }

  private static void checkGrantRange(ProgrammeDetails d) {
    if (d.minGrant() != null && d.maxGrant() != null && d.minGrant().compareTo(d.maxGrant()) > 0) {
      throw DomainException.unprocessable(
          "Die Mindestförderung (minGrant) ist größer als die Höchstförderung (maxGrant).");
    }
  }

  /** Deadlines already stored may lie in the past; a deadline that is new or moved may not. */
  private static void checkNewDeadlinesAreAhead(
      List<FundingCall> calls, List<FundingCall> previous, Instant now) {
    Set<String> known = new HashSet<>();
    previous.forEach(
        call -> call.stages().forEach(s -> known.add(call.id() + "|" + s.deadline().toInstant())));
    for (FundingCall call : calls) {
      for (CallStage stage : call.stages()) {
        Instant deadline = stage.deadline().toInstant();
        if (deadline.isBefore(now) && !known.contains(call.id() + "|" + deadline)) {
          throw DomainException.unprocessable(
              "Der Stichtag "
                  + stage.deadline()
                  + " im Aufruf „"
                  + call.title()
                  + "“ liegt in der Vergangenheit.");
        }
      }
    }
  }
}
