/**
 * Conflicts between municipal projects and applications (COMPETING, REDUNDANT, DOUBLE_FUNDING):
 * detection with the rule-based conflict engine, lifecycle, labels, and the conflict events on
 * project.conflict.v1. The only feature that uses the engine.
 */
package de.foerderlotse.project.conflict;
