package de.foerderlotse.funding.service;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.RuleSet;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/** The named rule-set presets from configuration, from which every programme's rule set starts. */
@ApplicationScoped
public class RuleSetPresets {

  private final Map<String, RuleSet> presets = new TreeMap<>();
  private final String defaultPreset;

  public RuleSetPresets(FundingConfig config) {
    config.ruleSetPresets().forEach((name, preset) -> presets.put(name, toRuleSet(name, preset)));
    this.defaultPreset = config.defaultRuleSetPreset();
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
    String name = stated == null || stated.preset() == null ? defaultPreset : stated.preset();
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

  private static RuleSet toRuleSet(String name, FundingConfig.Preset p) {
    return new RuleSet(
        name,
        p.proofOfUseMonths(),
        p.interimProofRequired(),
        p.payoutWindow(),
        p.earmarkingYears(),
        p.earlyStart(),
        p.minOwnContributionPercent(),
        p.cumulationAllowed(),
        p.maxPublicSharePercent(),
        p.procurementThresholdSupplies(),
        p.procurementThresholdWorks());
  }
}
