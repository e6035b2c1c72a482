package de.foerderlotse.funding.service.search;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a catalogue search asks for. Values within one filter are alternatives (OR); different
 * filters must all hold (AND).
 *
 * @param text German full text over title, short description and funding body
 * @param externalReference exactly this external reference
 * @param region an AGS or AGS prefix; matches programmes open everywhere or to a region that
 *     contains it or lies within it
 * @param deadlineFrom with {@code deadlineTo}: the programme has a call stage due in this range
 * @param amountMin with {@code amountMax}: the programme's grant range overlaps this range
 */
public record SearchCriteria(
    String text,
    String externalReference,
    Set<FundingArea> fundingAreas,
    Set<ApplicantType> applicantTypes,
    String region,
    String fundingBody,
    Set<FundingLevel> fundingLevels,
    Set<FundingType> fundingTypes,
    Set<ProgrammeStatus> statuses,
    OffsetDateTime deadlineFrom,
    OffsetDateTime deadlineTo,
    BigDecimal amountMin,
    BigDecimal amountMax,
    SearchSort sort,
    int page,
    int size) {

  public SearchCriteria {
    fundingAreas = fundingAreas == null ? Set.of() : Set.copyOf(fundingAreas);
    applicantTypes = applicantTypes == null ? Set.of() : Set.copyOf(applicantTypes);
    fundingLevels = fundingLevels == null ? Set.of() : Set.copyOf(fundingLevels);
    fundingTypes = fundingTypes == null ? Set.of() : Set.copyOf(fundingTypes);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    text = text == null || text.isBlank() ? null : text.trim();
    externalReference =
        externalReference == null || externalReference.isBlank() ? null : externalReference.trim();
    region = region == null || region.isBlank() ? null : region.trim();
    fundingBody = fundingBody == null || fundingBody.isBlank() ? null : fundingBody.trim();
  }
}
