/**
 * Scouting match: a new or changed programme, or a newly applied project, is matched against open
 * municipal projects; matching municipalities get a FUNDING_MATCH alert.
 */
package de.foerderlotse.project.scouting;
