package de.foerderlotse.conflict.engine;

/** What kind of conflict two projects are in (docs/architecture.md#conflict-detection). */
public enum ConflictKind {
  /** Different municipalities, similar projects, the same programme or call. */
  COMPETING,
  /** The same project (or shared cost items) of one municipality in several programmes. */
  DOUBLE_FUNDING,
  /** Similar projects in nearby municipalities in overlapping time, any programme. */
  REDUNDANT
}
