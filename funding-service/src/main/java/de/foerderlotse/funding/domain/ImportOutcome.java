package de.foerderlotse.funding.domain;

import java.util.List;

/** What happened to a chunk of imported rows. */
public record ImportOutcome(
    int created, int updated, int unchanged, List<ImportRejection> rejections) {

  public int processed() {
    return created + updated + unchanged + rejections.size();
  }
}
