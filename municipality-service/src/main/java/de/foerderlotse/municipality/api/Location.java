package de.foerderlotse.municipality.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A position in WGS 84 degrees. */
public record Location(
    @NotNull(message = "muss angegeben werden")
        @DecimalMin(value = "-90", message = "mindestens -90")
        @DecimalMax(value = "90", message = "höchstens 90")
        Double lat,
    @NotNull(message = "muss angegeben werden")
        @DecimalMin(value = "-180", message = "mindestens -180")
        @DecimalMax(value = "180", message = "höchstens 180")
        Double lon) {}
