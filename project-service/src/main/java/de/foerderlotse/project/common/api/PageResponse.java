package de.foerderlotse.project.common.api;

import de.foerderlotse.project.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count for paging. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
    return new PageResponse<>(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
