package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.CallStage;
import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.StageKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A call of a programme as stated. Without an id, a call inside a programme body keeps the id of
 * the call at the same position.
 */
public record CallRequest(
    UUID id,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 300, message = "höchstens 300 Zeichen")
        String title,
    @DecimalMin(value = "0", message = "mindestens 0")
        @Digits(integer = 13, fraction = 2, message = "höchstens 13 Vor- und 2 Nachkommastellen")
        BigDecimal budget,
    @NotEmpty(message = "mindestens eine Stufe mit Stichtag")
        @Size(max = 20, message = "höchstens 20 Stufen")
        List<@NotNull(message = "darf nicht leer sein") @Valid Stage> stages) {

  /** One stage of the call; the deadline carries its offset, e.g. 2026-06-30T23:59:00+02:00. */
  public record Stage(
      @NotNull(message = "muss angegeben werden") StageKind kind,
      @Size(max = 200, message = "höchstens 200 Zeichen") String label,
      @NotNull(message = "muss angegeben werden") @PlausibleDeadline OffsetDateTime deadline) {}

  FundingCall toCall() {
    return new FundingCall(
        id,
        title.trim(),
        budget == null ? null : budget.setScale(2),
        stages.stream()
            .map(
                s -> new CallStage(s.kind(), ProgrammeRequest.blankToNull(s.label()), s.deadline()))
            .toList());
  }
}
