package de.foerderlotse.platform.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same shape in every service: the items, the page number from 0, the page
 * size asked for, and the total number of matches for paging controls.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
