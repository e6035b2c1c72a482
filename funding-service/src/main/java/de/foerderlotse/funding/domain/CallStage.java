package de.foerderlotse.funding.domain;

import java.time.OffsetDateTime;

/** One stage of a call and its deadline (Stichtag), in the county's time zone. */
public record CallStage(StageKind kind, String label, OffsetDateTime deadline) {}
