package de.foerderlotse.funding.config;

import de.foerderlotse.funding.domain.DueDateWording;
import de.foerderlotse.funding.domain.EarlyStart;
import de.foerderlotse.funding.domain.FinancingType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Settings of the programme catalogue. */
@ConfigMapping(prefix = "foerderlotse.funding")
public interface FundingConfig {

  /** The county's time zone: stage deadlines are stated and shown in it. */
  @WithDefault("Europe/Berlin")
  ZoneId zone();

  /** Preset a programme's rule set starts from when the request names none. */
  @WithDefault("ANBEST_P")
  String defaultRuleSetPreset();

  /**
   * Preset for a Land programme open to municipalities when the request names none, e.g.
   * ANBEST_G_NRW; absent, such programmes get the general default.
   */
  Optional<String> stateMunicipalRuleSetPreset();

  /** Named rule-set presets (e.g. ANBEST_P, ANBEST_GK) a programme starts from and overrides. */
  Map<String, Preset> ruleSetPresets();

  /** Bulk import limits. */
  Import importing();

  /**
   * The values of one rule-set preset; see {@code RuleSet} for their meaning. A value the rule does
   * not set stays absent, so the programme decides it.
   */
  interface Preset {
    /** Months after the end of the approval period until the proof of use is due. */
    Optional<Integer> proofOfUseMonths();

    /** How those months count: day-exact or to the end of the Nth following month. */
    Optional<DueDateWording> proofOfUseWording();

    /** Months after the purpose is fulfilled until the proof of use is due, day-exact. */
    Optional<Integer> proofOfUseMonthsAfterPurpose();

    /** Whether interim proofs are required. */
    Optional<Boolean> interimProofRequired();

    /** How soon drawn money must be spent, ISO-8601 period such as P6W or P2M. */
    Optional<Period> payoutWindow();

    /** Years the funded asset must keep its purpose. */
    Optional<Integer> earmarkingYears();

    /** Whether a project may start before approval. */
    Optional<EarlyStart> earlyStart();

    /** Least own share of the eligible cost, percent. */
    Optional<BigDecimal> minOwnContributionPercent();

    /** Whether funding from other programmes may be combined. */
    Optional<Boolean> cumulationAllowed();

    /** Most share of all public funding together, percent. */
    Optional<BigDecimal> maxPublicSharePercent();

    /** Net contract value (EUR) of supplies and services up to which a direct award is allowed. */
    Optional<BigDecimal> procurementThresholdSupplies();

    /** Net contract value (EUR) of construction works up to which a direct award is allowed. */
    Optional<BigDecimal> procurementThresholdWorks();

    /** Share, shortfall or fixed-amount financing (VV Nr. 2.2 zu § 44 LHO). */
    Optional<FinancingType> financingType();
  }

  /** Bulk import limits. */
  interface Import {
    /** Largest import body in bytes; a larger one is answered with 413. */
    @WithDefault("5242880")
    int maxBytes();

    /** Most rows in one import; more are answered with 413. */
    @WithDefault("10000")
    int maxRows();

    /** Rows applied in one transaction; a failing chunk is retried row by row. */
    @WithDefault("250")
    int chunkSize();
  }
}
