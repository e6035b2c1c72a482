package de.foerderlotse.project.application;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;

/**
 * In-process notice, inside the transaction of the change, that an application was created or
 * changed: deadlines and budget pressure follow it atomically.
 *
 * @param previousStatus the status before the change; {@code null} for a new application
 */
public record ApplicationUpdated(Application application, ApplicationStatus previousStatus) {}
