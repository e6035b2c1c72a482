package de.foerderlotse.project.common;

import java.util.List;

/** One page of a query result. */
public record Page<T>(List<T> items, int page, int size, long total) {}
