package de.foerderlotse.project.domain.conflict;

/** How a conflict was resolved. */
public enum Resolution {
  JOINT_APPLICATION,
  WITHDRAWN,
  MERGED,
  OTHER
}
