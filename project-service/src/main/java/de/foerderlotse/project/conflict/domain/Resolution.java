package de.foerderlotse.project.conflict.domain;

/** How a conflict was resolved. */
public enum Resolution {
  JOINT_APPLICATION,
  WITHDRAWN,
  MERGED,
  OTHER
}
