package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of a request that registers or changes a programme. */
public record ProgrammeRequest(
    @Size(max = 100, message = "höchstens 100 Zeichen") String externalReference,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 300, message = "höchstens 300 Zeichen")
        String title,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 200, message = "höchstens 200 Zeichen")
        String fundingBody,
    @NotNull(message = "muss angegeben werden") ProgrammeStatus status) {

  ProgrammeDetails toDetails() {
    return new ProgrammeDetails(
        externalReference == null || externalReference.isBlank() ? null : externalReference.trim(),
        title.trim(),
        fundingBody.trim(),
        status);
  }
}
