package de.foerderlotse.funding.service.importing;

import de.foerderlotse.funding.domain.ProgrammeDetails;

/**
 * One row of an import as read from the file: either the programme it states, or why it could not
 * be read.
 *
 * @param row the row's number in the file
 */
public record ImportRow(
    int row, String externalReference, ProgrammeDetails details, String rejection) {

  public static ImportRow read(int row, ProgrammeDetails details) {
    return new ImportRow(row, details.externalReference(), details, null);
  }

  public static ImportRow unreadable(int row, String externalReference, String reason) {
    return new ImportRow(row, externalReference, null, reason);
  }
}
