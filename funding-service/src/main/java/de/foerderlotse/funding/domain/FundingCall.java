package de.foerderlotse.funding.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A call for proposals (Förderaufruf) of a programme: a submission window with one or more stages.
 *
 * @param budget money available in this call, EUR; {@code null} when not announced
 */
public record FundingCall(UUID id, String title, BigDecimal budget, List<CallStage> stages) {

  public FundingCall {
    stages = stages == null ? List.of() : List.copyOf(stages);
  }

  public FundingCall withId(UUID newId) {
    return new FundingCall(newId, title, budget, stages);
  }
}
