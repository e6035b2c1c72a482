package de.foerderlotse.project.conflict.api;

import de.foerderlotse.project.conflict.domain.Resolution;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the conflict actions. */
public final class ConflictRequests {

  private ConflictRequests() {}

  /** Acknowledging, with an optional comment. */
  public record Acknowledge(@Size(max = 2000) String comment) {}

  public record Comment(@NotBlank @Size(max = 2000) String text) {}

  public record Resolve(
      @NotNull Resolution resolution, @NotBlank @Size(max = 2000) String reason) {}

  public record Dismiss(@NotBlank @Size(max = 2000) String reason) {}
}
