package de.foerderlotse.funding.domain;

/** One field of a programme that changed, with its old and new value as text. */
public record FieldChange(String field, String oldValue, String newValue) {}
