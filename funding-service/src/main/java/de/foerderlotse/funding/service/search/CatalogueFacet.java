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
 * in the same pass over the matches, as a test of its bit in the programme's {@code facet_bits}
 * (migration V3): an integer test per value costs far less than searching the arrays once per value
 * or grouping unnested arrays once per facet.
 */
enum CatalogueFacet {
  FUNDING_AREA("fundingArea", FundingArea.values()),
  APPLICANT_TYPE("applicantType", ApplicantType.values()),
  FUNDING_LEVEL("fundingLevel", FundingLevel.values()),
  FUNDING_TYPE("fundingType", FundingType.values()),
  STATUS("status", ProgrammeStatus.values());

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
  private final List<String> vocabulary;

  CatalogueFacet(String parameter, Enum<?>[] vocabulary) {
    this.parameter = parameter;
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

  /**
   * The bit's position is the database's ({@code programme_facet_bit}, folded into a constant when
   * the statement is planned), so the two cannot disagree; a value it does not know fails the
   * search instead of counting zero.
   */
  private String countColumn(String value) {
    return "count(*) filter (where (p.facet_bits & programme_facet_bit('"
        + parameter
        + "', '"
        + value
        + "')) <> 0)";
  }
}
