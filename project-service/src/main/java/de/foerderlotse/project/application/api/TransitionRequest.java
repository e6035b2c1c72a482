package de.foerderlotse.project.application.api;

/**
 * A status change of an application.
 *
 * @param version the version the client saw (or {@code If-Match})
 */
public record TransitionRequest(Long version) {}
