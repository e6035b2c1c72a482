package de.foerderlotse.funding.service.search;

/**
 * Orders of search results over the page's sort keys ({@code h}, see {@link SearchStatement}); ties
 * are broken by id so paging is stable.
 */
public enum SearchSort {
  /** Best text match first; by title when the search has no text. */
  RELEVANCE("h.rank desc, h.title asc"),
  TITLE("h.title asc"),
  TITLE_DESC("h.title desc"),
  UPDATED_DESC("h.updated_at desc"),
  CREATED_DESC("h.created_at desc"),
  MAX_GRANT_DESC("h.max_grant desc nulls last"),
  MAX_GRANT("h.max_grant asc nulls last"),
  NEXT_DEADLINE("h.next_deadline asc nulls last");

  private final String orderBy;

  SearchSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy + ", h.id";
  }
}
