package de.foerderlotse.funding.service.search;

import de.foerderlotse.funding.domain.ProgrammeSnapshot;
import java.util.List;
import java.util.Map;

/**
 * One page of matching programmes, how many match in all, and facet counts over all matches (facet
 * name → value → count).
 */
public record SearchResult(
    List<ProgrammeSnapshot> items, long total, Map<String, Map<String, Long>> facets) {}
