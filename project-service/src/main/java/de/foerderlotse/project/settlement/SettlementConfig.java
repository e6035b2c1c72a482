package de.foerderlotse.project.settlement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;

/** Thresholds of the compliance checklist that the programme's rule set does not carry. */
@ConfigMapping(prefix = "foerderlotse.settlement")
public interface SettlementConfig {

  /** Days before the proof-of-use due date from which the checklist warns. */
  @WithDefault("30")
  int proofOfUseWarningDays();

  /**
   * Percent by which one approved budget line may be overrun if savings on other lines offset it
   * (ANBest-P No. 1.2 style).
   */
  @WithDefault("20")
  BigDecimal budgetLineTolerancePercent();

  /** Procurement threshold for supplies and services (EUR) where the rule set names none. */
  Optional<BigDecimal> procurementThresholdSupplies();

  /** Procurement threshold for construction works (EUR) where the rule set names none. */
  Optional<BigDecimal> procurementThresholdWorks();

  /** How often the time-based checks run for all live applications (scheduler trigger). */
  @WithDefault("24h")
  String evaluationInterval();

  /** How long after start-up the first scheduled evaluation runs. */
  @WithDefault("60s")
  String evaluationDelay();
}
