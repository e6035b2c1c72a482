package de.foerderlotse.funding.domain;

/** What a scout states about a programme; validated at the API before it reaches the domain. */
public record ProgrammeDetails(
    String externalReference, String title, String fundingBody, ProgrammeStatus status) {}
