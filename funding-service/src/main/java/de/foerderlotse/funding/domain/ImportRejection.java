package de.foerderlotse.funding.domain;

/**
 * A row of a bulk import that was not applied, and why.
 *
 * @param row the row's number in the file: array index + 1 for JSON, line number for CSV
 * @param externalReference the row's external reference, if it had one
 * @param reason German explanation, naming the offending fields
 */
public record ImportRejection(int row, String externalReference, String reason) {}
