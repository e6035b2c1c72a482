/**
 * Applications of municipal projects to programme calls and their lifecycle (DRAFT to CLOSED),
 * grant notices, and the application events on project.application.v1. Other features use the
 * services here, the in-process ApplicationUpdated event and the domain package.
 */
package de.foerderlotse.project.application;
