package de.foerderlotse.funding.service;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.RuleSet;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The named rule-set presets from configuration, from which every programme's rule set starts. */
@ApplicationScoped
public class RuleSetPresets {

  private final Map<String, RuleSet> presets = new TreeMap<>();
  private final String defaultPreset;
  private final Optional<String> stateMunicipalPreset;

  public RuleSetPresets(FundingConfig config) {
    config.ruleSetPresets().forEach((name, preset) -> presets.put(name, toRuleSet(name, preset)));
    this.defaultPreset = config.defaultRuleSetPreset();
    this.stateMunicipalPreset = config.stateMunicipalRuleSetPreset();
  }

  /** Every preset by name. */
  public Map<String, RuleSet> all() {
    return Map.copyOf(presets);
  }

  /**
   * The complete rule set: the named preset (or the default one) with the stated values overriding
   * it.
   */
  public RuleSet resolve(RuleSet stated) {
    return resolve(stated, null, Set.of());
  }

  /**
   * As {@link #resolve(RuleSet)}; a Land programme open to municipalities that names no preset
   * starts from the Land's municipal preset (ANBest-G NRW in North Rhine-Westphalia).
   */
  public RuleSet resolve(RuleSet stated, FundingLevel level, Set<ApplicantType> applicants) {
    String name =
        stated == null || stated.preset() == null ? defaultFor(level, applicants) : stated.preset();
    RuleSet preset = presets.get(name);
    if (preset == null) {
      throw new DomainException(
          ProblemKind.VALIDATION,
          "Die Regelwerk-Vorlage "
              + name
              + " gibt es nicht; bekannt sind "
              + presets.keySet()
              + ".");
    }
    return preset.overriddenBy(stated);
  }

  private String defaultFor(FundingLevel level, Set<ApplicantType> applicants) {
    boolean municipal = applicants.isEmpty() || applicants.contains(ApplicantType.MUNICIPALITY);
    return level == FundingLevel.STATE && municipal
        ? stateMunicipalPreset.orElse(defaultPreset)
        : defaultPreset;
  }

  private static RuleSet toRuleSet(String name, FundingConfig.Preset p) {
    return new RuleSet(
        name,
        p.proofOfUseMonths().orElse(null),
        p.interimProofRequired().orElse(null),
        p.payoutWindow().orElse(null),
        p.earmarkingYears().orElse(null),
        p.earlyStart().orElse(null),
        p.minOwnContributionPercent().orElse(null),
        p.cumulationAllowed().orElse(null),
        p.maxPublicSharePercent().orElse(null),
        p.procurementThresholdSupplies().orElse(null),
        p.procurementThresholdWorks().orElse(null),
        p.proofOfUseWording().orElse(null),
        p.proofOfUseMonthsAfterPurpose().orElse(null),
        p.financingType().orElse(null));
  }
}
