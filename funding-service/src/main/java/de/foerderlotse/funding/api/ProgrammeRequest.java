package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Body of a request that registers or changes a programme, and one element of a JSON import. Only
 * title, funding body and status are required; the rule set defaults to the configured preset.
 */
public record ProgrammeRequest(
    @Size(max = 100, message = "höchstens 100 Zeichen") String externalReference,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 300, message = "höchstens 300 Zeichen")
        String title,
    @Size(max = 4000, message = "höchstens 4000 Zeichen") String shortDescription,
    @NotBlank(message = "darf nicht leer sein") @Size(max = 200, message = "höchstens 200 Zeichen")
        String fundingBody,
    FundingLevel fundingLevel,
    @Size(max = 30, message = "höchstens 30 Einträge")
        Set<@NotNull(message = "darf nicht leer sein") FundingArea> fundingAreas,
    FundingType fundingType,
    Set<@NotNull(message = "darf nicht leer sein") ApplicantType> applicantTypes,
    @Size(max = 500, message = "höchstens 500 Einträge")
        List<
                @NotNull(message = "darf nicht leer sein")
                @Pattern(
                    regexp = "\\d{2,8}",
                    message = "muss ein AGS-Präfix aus 2 bis 8 Ziffern sein")
                String>
            eligibleRegions,
    @DecimalMin(value = "0", message = "mindestens 0")
        @DecimalMax(value = "100", message = "höchstens 100")
        @Digits(integer = 3, fraction = 2, message = "höchstens zwei Nachkommastellen")
        BigDecimal fundingRatePercent,
    @DecimalMin(value = "0", message = "mindestens 0")
        @Digits(integer = 13, fraction = 2, message = "höchstens 13 Vor- und 2 Nachkommastellen")
        BigDecimal minGrant,
    @DecimalMin(value = "0", message = "mindestens 0")
        @Digits(integer = 13, fraction = 2, message = "höchstens 13 Vor- und 2 Nachkommastellen")
        BigDecimal maxGrant,
    @DecimalMin(value = "0", message = "mindestens 0")
        @Digits(integer = 13, fraction = 2, message = "höchstens 13 Vor- und 2 Nachkommastellen")
        BigDecimal totalBudget,
    @NotNull(message = "muss angegeben werden") ProgrammeStatus status,
    @Size(max = 500, message = "höchstens 500 Zeichen")
        @Pattern(regexp = "https?://\\S+", message = "muss eine http- oder https-Adresse sein")
        String url,
    @Valid RuleSetRequest ruleSet,
    @Size(max = 50, message = "höchstens 50 Aufrufe")
        List<@NotNull(message = "darf nicht leer sein") @Valid CallRequest> calls) {

  public ProgrammeDetails toDetails() {
    return new ProgrammeDetails(
        blankToNull(externalReference),
        title.trim(),
        blankToNull(shortDescription),
        fundingBody.trim(),
        fundingLevel,
        fundingAreas,
        fundingType,
        applicantTypes,
        eligibleRegions,
        fundingRatePercent,
        minGrant,
        maxGrant,
        totalBudget,
        status,
        blankToNull(url),
        ruleSet == null ? null : ruleSet.toRuleSet(),
        calls == null ? List.of() : calls.stream().map(CallRequest::toCall).toList());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
