package de.foerderlotse.municipality.domain;

/** One field of an aggregate that a change altered, with readable old and new values. */
public record FieldChange(String field, String oldValue, String newValue) {}
