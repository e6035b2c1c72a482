package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.service.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of matches for paging controls. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
    Page<T> mapped = page.map(mapper);
    return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.total());
  }
}
