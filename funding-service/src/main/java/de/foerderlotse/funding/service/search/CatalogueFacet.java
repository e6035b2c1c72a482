package de.foerderlotse.funding.service.search;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The facets a search counts over all its matches, each over its vocabulary. Every value is counted
 * in one pass over the matches ({@code count(*) filter (…)} per value), which costs far less than
 * grouping unnested arrays once per facet.
 */
enum CatalogueFacet {
  FUNDING_AREA("fundingArea", "funding_areas", true, FundingArea.values()),
  APPLICANT_TYPE("applicantType", "applicant_types", true, ApplicantType.values()),
  FUNDING_LEVEL("fundingLevel", "funding_level", false, FundingLevel.values()),
  FUNDING_TYPE("fundingType", "funding_type", false, FundingType.values()),
  STATUS("status", "status", false, ProgrammeStatus.values());

  /**
   * The count columns of every facet value, facet by facet in declaration order, each in the order
   * of its {@link #vocabulary()}. Enum names are code, never user input, so they are written into
   * the SQL.
   */
  static final String COUNT_COLUMNS =
      Arrays.stream(values())
          .flatMap(f -> f.vocabulary.stream().map(f::countColumn))
          .collect(Collectors.joining(", "));

  private final String parameter;
  private final String column;
  private final boolean array;
  private final List<String> vocabulary;

  CatalogueFacet(String parameter, String column, boolean array, Enum<?>[] vocabulary) {
    this.parameter = parameter;
    this.column = column;
    this.array = array;
    this.vocabulary = Arrays.stream(vocabulary).map(Enum::name).toList();
  }

  /** The facet's name in responses, the same as its filter parameter. */
  String parameter() {
    return parameter;
  }

  /** The names of the facet's values, in the order of their count columns. */
  List<String> vocabulary() {
    return vocabulary;
  }

  private String countColumn(String value) {
    return array
        ? "count(*) filter (where '" + value + "' = any(h." + column + "))"
        : "count(*) filter (where h." + column + " = '" + value + "')";
  }
}
