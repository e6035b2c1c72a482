/**
 * Deadlines derived from call stages, grant notices, payouts and rule sets; their re-computation,
 * the reminder and overdue alerts, and the iCalendar feed.
 */
package de.foerderlotse.project.deadline;
