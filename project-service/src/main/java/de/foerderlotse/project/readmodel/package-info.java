/**
 * Local read models fed by other services' events: programmes and their terms (funding-service),
 * municipalities and municipal projects (municipality-service), with their consumers and read-only
 * resources.
 */
package de.foerderlotse.project.readmodel;
