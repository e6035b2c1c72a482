package de.foerderlotse.project.api.application;

/**
 * A status change of an application.
 *
 * @param version the version the client saw (or {@code If-Match})
 */
public record TransitionRequest(Long version) {}
