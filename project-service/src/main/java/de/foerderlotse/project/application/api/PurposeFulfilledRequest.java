package de.foerderlotse.project.application.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The day the grant's purpose was fulfilled (Erfüllung des Zuwendungszwecks).
 *
 * @param version the version the client saw (or {@code If-Match})
 */
public record PurposeFulfilledRequest(
    Long version,
    @NotNull(message = "Bitte das Datum angeben, an dem der Zuwendungszweck erfüllt war.")
        LocalDate fulfilledOn) {}
