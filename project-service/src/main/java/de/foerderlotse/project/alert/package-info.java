/**
 * Alerts: raising them once per dedup key, publishing them on project.alert.v1, and querying them
 * per municipality. Every other feature raises alerts through AlertService.
 */
package de.foerderlotse.project.alert;
