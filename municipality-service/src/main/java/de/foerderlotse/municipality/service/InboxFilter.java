package de.foerderlotse.municipality.service;

/**
 * Filters of an inbox; {@code null} means "any".
 *
 * @param ags whose inbox (county-wide users may name any; municipality users only their own)
 */
public record InboxFilter(
    String ags, String type, String severity, Boolean read, Boolean acknowledged) {}
