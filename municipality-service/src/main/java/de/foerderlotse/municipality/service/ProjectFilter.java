package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.ProjectStatus;

/**
 * Filters of the project list; {@code null} means "any".
 *
 * @param ags owning municipality
 * @param text words that must all occur in title or description (German-aware)
 * @param minStars at least this many qualification stars
 */
public record ProjectFilter(
    String ags,
    FundingArea category,
    ProjectStatus status,
    String text,
    Integer stars,
    Integer minStars) {}
