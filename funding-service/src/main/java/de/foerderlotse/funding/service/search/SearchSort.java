package de.foerderlotse.funding.service.search;

/** Orders of search results; ties are broken by id so paging is stable. */
public enum SearchSort {
  /** Best text match first; by title when the search has no text. */
  RELEVANCE("rank desc, p.title asc"),
  TITLE("p.title asc"),
  TITLE_DESC("p.title desc"),
  UPDATED_DESC("p.updated_at desc"),
  CREATED_DESC("p.created_at desc"),
  MAX_GRANT_DESC("p.max_grant desc nulls last"),
  MAX_GRANT("p.max_grant asc nulls last"),
  NEXT_DEADLINE("next_deadline asc nulls last");

  private final String orderBy;

  SearchSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy + ", p.id";
  }
}
