package de.foerderlotse.project.settlement.domain;

import java.util.List;

/**
 * The settlement and compliance checklist of one application
 * (docs/architecture.md#settlement-and-compliance): each item with status, figures and German
 * advice. Every limit comes from {@link ComplianceRules}.
 */
public final class ComplianceChecklist {

  /** The codes of all items, in the order they are listed. */
  public static final List<String> CODES =
      List.of(
          "OWN_CONTRIBUTION",
          "FUNDING_RATE",
          "EARLY_START",
          "PAYOUT_SPENDING",
          "PROOF_OF_USE",
          "INTERIM_PROOF",
          "CUMULATION",
          "PROCUREMENT",
          "BUDGET_LINES");

  private ComplianceChecklist() {}

  public static List<ChecklistItem> evaluate(SettlementCase c) {
    return List.of(
        FigureChecks.ownContribution(c),
        FigureChecks.fundingRate(c),
        SpendingChecks.earlyStart(c),
        SpendingChecks.payoutSpending(c),
        ProofAndBudgetChecks.proofOfUse(c),
        ProofAndBudgetChecks.interimProof(c),
        FigureChecks.cumulation(c),
        ProcurementCheck.evaluate(c),
        ProofAndBudgetChecks.budgetLines(c));
  }
}
