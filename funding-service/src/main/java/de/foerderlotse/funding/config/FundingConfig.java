package de.foerderlotse.funding.config;

import de.foerderlotse.funding.domain.EarlyStart;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

/** Settings of the programme catalogue. */
@ConfigMapping(prefix = "foerderlotse.funding")
public interface FundingConfig {

  /** The county's time zone: stage deadlines are stated and shown in it. */
  @WithDefault("Europe/Berlin")
  ZoneId zone();

  /** Preset a programme's rule set starts from when the request names none. */
  @WithDefault("ANBEST_P")
  String defaultRuleSetPreset();

  /** Named rule-set presets (e.g. ANBEST_P, ANBEST_GK) a programme starts from and overrides. */
  Map<String, Preset> ruleSetPresets();

  /** Bulk import limits. */
  Import importing();

  /** The values of one rule-set preset; see {@code RuleSet} for their meaning. */
  interface Preset {
    /** Months after the end of the approval period until the proof of use is due. */
    int proofOfUseMonths();

    /** Whether interim proofs are required. */
    boolean interimProofRequired();

    /** How soon drawn money must be spent, ISO-8601 period such as P6W or P2M. */
    Period payoutWindow();

    /** Years the funded asset must keep its purpose. */
    int earmarkingYears();

    /** Whether a project may start before approval. */
    EarlyStart earlyStart();

    /** Least own share of the eligible cost, percent. */
    BigDecimal minOwnContributionPercent();

    /** Whether funding from other programmes may be combined. */
    boolean cumulationAllowed();

    /** Most share of all public funding together, percent. */
    BigDecimal maxPublicSharePercent();

    /** Order value (EUR) of supplies and services from which procurement rules apply. */
    BigDecimal procurementThresholdSupplies();

    /** Order value (EUR) of construction works from which procurement rules apply. */
    BigDecimal procurementThresholdWorks();
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
