package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.RuleSet;
import de.foerderlotse.funding.service.RuleSetPresets;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The controlled vocabularies of the catalogue with their German labels, and the rule-set presets,
 * so clients and other services need not copy them.
 */
@Tag(
    name = "vocabulary",
    description = "Controlled vocabulary for programmes: topics, funders, regions")
@Path("/api/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

  private final RuleSetPresets presets;

  public VocabularyResource(RuleSetPresets presets) {
    this.presets = presets;
  }

  @Operation(
      operationId = "getVocabulary",
      summary = "Get the controlled vocabulary",
      description = "The codes and German labels that programmes and filters use.")
  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Vocabulary get() {
    return new Vocabulary(
        Arrays.stream(FundingArea.values()).map(a -> new Term(a.name(), a.label())).toList(),
        Arrays.stream(FundingLevel.values()).map(a -> new Term(a.name(), a.label())).toList(),
        Arrays.stream(FundingType.values()).map(a -> new Term(a.name(), a.label())).toList(),
        Arrays.stream(ApplicantType.values()).map(a -> new Term(a.name(), a.label())).toList(),
        presets.all());
  }

  /** A code and its German label. */
  public record Term(String code, String label) {}

  /** Every vocabulary of the catalogue. */
  public record Vocabulary(
      List<Term> fundingAreas,
      List<Term> fundingLevels,
      List<Term> fundingTypes,
      List<Term> applicantTypes,
      Map<String, RuleSet> ruleSetPresets) {}
}
