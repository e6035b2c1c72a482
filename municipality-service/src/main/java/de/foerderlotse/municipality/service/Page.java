package de.foerderlotse.municipality.service;

import java.util.List;
import java.util.function.Function;

/** One page of a filtered list, with the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
