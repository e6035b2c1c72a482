package de.foerderlotse.project.service.application;

import de.foerderlotse.project.domain.application.Application;
import de.foerderlotse.project.domain.application.ApplicationStatus;

/**
 * In-process notice, inside the transaction of the change, that an application was created or
 * changed: deadlines and budget pressure follow it atomically.
 *
 * @param previousStatus the status before the change; {@code null} for a new application
 */
public record ApplicationUpdated(Application application, ApplicationStatus previousStatus) {}
