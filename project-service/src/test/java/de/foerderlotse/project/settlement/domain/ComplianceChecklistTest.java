package de.foerderlotse.project.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.deadline.domain.DeadlinePlan;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each check with a passing and a failing case, with the numbers (plain JUnit, fixed today). */
class ComplianceChecklistTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

  private Application application;
  private ComplianceRules rules;
  private final List<Expense> expenses = new ArrayList<>();
  private final List<PayoutRequest> payouts = new ArrayList<>();
  private final List<BudgetLine> lines = new ArrayList<>();
  private final List<ProofOfUseSubmission> proofs = new ArrayList<>();
  private final List<SettlementCase.OtherGrant> others = new ArrayList<>();
  private ProgrammeTerms.RuleSetTerms ruleSet;

  @BeforeEach
  void setUp() {
    application = new Application();
    application.id = UUID.randomUUID();
    application.projectTitle = "Sporthalle Nord";
    application.status = ApplicationStatus.IN_IMPLEMENTATION;
    application.eligibleCost = eur("500000");
    application.requestedAmount = eur("300000");
    application.ownContribution = eur("100000");
    application.approvedAmount = eur("300000");
    application.grantNoticeDate = LocalDate.of(2026, 6, 1);
    application.approvalStart = LocalDate.of(2026, 6, 1);
    application.approvalEnd = LocalDate.of(2027, 12, 31);
    rules(null, null, null, null, null);
    ruleSet = new ProgrammeTerms.RuleSetTerms("ANBEST_P", 6, true, Period.ofWeeks(6), 5);
  }

  private void rules(
      BigDecimal minOwn,
      String earlyStart,
      Boolean cumulation,
      BigDecimal maxPublic,
      BigDecimal works) {
    rules =
        new ComplianceRules(
            "ANBEST_P",
            eur("80"),
            minOwn,
            earlyStart,
            Period.ofWeeks(6),
            cumulation,
            maxPublic,
            eur("10000"),
            works,
            30,
            eur("20"),
            FinancingType.SHARE);
  }

  @Test
  void ownContributionBelowMinimumIsViolationWithMissingAmount() {
    rules(eur("10"), null, null, null, null);
    assertThat(item("OWN_CONTRIBUTION").status()).isEqualTo(CheckStatus.OK);

    application.ownContribution = eur("25000");
    ChecklistItem item = item("OWN_CONTRIBUTION");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("ownContributionPercent")).isEqualTo(eur("5.00"));
    assertThat(item.figures().get("missingAmount")).isEqualTo(eur("25000.00"));
    assertThat(item.advice()).contains("25.000,00 €", "mindestens 10,00 %");
  }

  @Test
  void approvedAmountNotTheRequestedOneCountsForTheFundingRateAfterApproval() {
    application.requestedAmount = eur("450000");
    assertThat(item("FUNDING_RATE").status()).isEqualTo(CheckStatus.OK);

    application.approvedAmount = eur("420000");
    ChecklistItem item = item("FUNDING_RATE");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("excessAmount")).isEqualTo(eur("20000.00"));
    assertThat(item.advice()).startsWith("Bewilligt sind 420.000,00 €");
  }

  @Test
  void fundingRateIsCheckedOnlyForShareFinancing() {
    application.approvedAmount = eur("450000");
    assertThat(item("FUNDING_RATE").status()).isEqualTo(CheckStatus.VIOLATION);

    financing(FinancingType.SHORTFALL);
    ChecklistItem item = item("FUNDING_RATE");
    assertThat(item.status()).isEqualTo(CheckStatus.OK);
    assertThat(item.advice()).contains("Fehlbedarfsfinanzierung", "VV Nr. 2.2");
  }

  @Test
  void shortfallFinancingSpendsOwnFundsFirst() {
    // Eligible 500,000, grant 300,000: the first 200,000 paid are own funds.
    financing(FinancingType.SHORTFALL);
    payout("2027-01-04", "30000");
    expense("2027-01-05", "190000", CostCategory.OTHER, "2027-02-01", null);
    ChecklistItem item = item("PAYOUT_SPENDING");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("drawnTooEarly")).isEqualTo(eur("30000.00"));

    expense("2027-01-06", "40000", CostCategory.OTHER, "2027-02-10", null);
    // 10,000 of own funds left, then 30,000 of grant money: the payout is used in its window.
    assertThat(item("PAYOUT_SPENDING").status()).isEqualTo(CheckStatus.OK);

    financing(FinancingType.SHARE);
    // Share financing: 60 % of 230,000 paid = 138,000 ≥ 30,000 drawn, also in time.
    assertThat(item("PAYOUT_SPENDING").status()).isEqualTo(CheckStatus.OK);
  }

  private void financing(FinancingType type) {
    rules =
        new ComplianceRules(
            rules.preset(),
            rules.fundingRatePercent(),
            rules.minOwnContributionPercent(),
            rules.earlyStart(),
            rules.payoutWindow(),
            rules.cumulationAllowed(),
            rules.maxPublicSharePercent(),
            rules.procurementThresholdSupplies(),
            rules.procurementThresholdWorks(),
            rules.proofOfUseWarningDays(),
            rules.budgetLineTolerancePercent(),
            type);
  }

  @Test
  void requestedShareAboveFundingRateIsViolationWithExcess() {
    application.status = ApplicationStatus.SUBMITTED;
    application.approvedAmount = null;
    assertThat(item("FUNDING_RATE").status()).isEqualTo(CheckStatus.OK);
    application.requestedAmount = eur("450000");
    ChecklistItem item = item("FUNDING_RATE");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("requestedPercent")).isEqualTo(eur("90.00"));
    assertThat(item.figures().get("maxRequestableAmount")).isEqualTo(eur("400000.00"));
    assertThat(item.figures().get("excessAmount")).isEqualTo(eur("50000.00"));
  }

  @Test
  void contractBeforeGrantNoticeIsViolationWhereForbiddenAndWarningOnRequest() {
    expense("2026-06-02", "40000", CostCategory.OTHER, "2026-06-10", null);
    assertThat(item("EARLY_START").status()).isEqualTo(CheckStatus.OK);

    Expense early = expense("2026-06-20", "30000", CostCategory.OTHER, "2026-06-25", null);
    early.contractDate = LocalDate.of(2026, 5, 15);
    ChecklistItem item = item("EARLY_START");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("amountBeforeGrantNotice")).isEqualTo(eur("30000.00"));
    assertThat(item.figures().get("earliestCommitment")).isEqualTo(LocalDate.of(2026, 5, 15));

    rules(null, "ON_REQUEST", null, null, null);
    assertThat(item("EARLY_START").status()).isEqualTo(CheckStatus.WARNING);
    rules(null, "ALLOWED", null, null, null);
    assertThat(item("EARLY_START").status()).isEqualTo(CheckStatus.OK);
  }

  @Test
  void payoutNotSpentWithinWindowIsViolationWithAmountAndSince() {
    // Grant share 300,000 / 500,000 = 60 %: an expense of 50,000 uses 30,000 of payout money.
    payout("2027-01-04", "30000");
    expense("2027-01-05", "50000", CostCategory.OTHER, "2027-02-01", null);
    assertThat(item("PAYOUT_SPENDING").status()).isEqualTo(CheckStatus.OK);

    payout("2027-01-10", "40000");
    expense("2027-01-20", "25000", CostCategory.OTHER, "2027-02-20", null);
    ChecklistItem item = item("PAYOUT_SPENDING");
    // Second payout: window ends 21.02.2027; 15,000 of 40,000 spent by then.
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("drawnTooEarly")).isEqualTo(eur("25000.00"));
    assertThat(item.figures().get("since")).isEqualTo(LocalDate.of(2027, 2, 22));
    assertThat(item.advice()).contains("25.000,00 €", "22.02.2027", "6 Wochen");
    // 25,000 € unused from 22.02. to 10.03.2027 (16 days) at 1.27 % + 5 points: 68.71 €
    assertThat(item.figures().get("lateUseInterest")).isEqualTo(eur("68.71"));
    assertThat(item.figures().get("baseRatePercent")).isEqualTo(new BigDecimal("1.27"));
  }

  @Test
  void proofOfUseDueSoonIsWarningOverdueIsViolationSubmittedIsOk() {
    application.approvalEnd = LocalDate.of(2026, 9, 30); // due 31.03.2027, 21 days ahead
    ChecklistItem soon = item("PROOF_OF_USE");
    assertThat(soon.status()).isEqualTo(CheckStatus.WARNING);
    assertThat(soon.figures().get("daysLeft")).isEqualTo(21L);

    application.approvalEnd = LocalDate.of(2026, 6, 30); // due 31.12.2026
    assertThat(item("PROOF_OF_USE").status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item("PROOF_OF_USE").figures().get("daysLeft")).isEqualTo(-69L);

    proofs.add(proof(ProofKind.FINAL, null));
    assertThat(item("PROOF_OF_USE").status()).isEqualTo(CheckStatus.OK);

    application.approvalEnd = LocalDate.of(2027, 12, 31);
    proofs.clear();
    assertThat(item("PROOF_OF_USE").status()).isEqualTo(CheckStatus.OK);
  }

  @Test
  void interimProofMissingForFinishedYearIsWarningThenViolation() {
    // 2026 ended; its interim proof is due 30.04.2027 (4 months): missing now is a warning.
    ChecklistItem item = item("INTERIM_PROOF");
    assertThat(item.status()).isEqualTo(CheckStatus.WARNING);
    assertThat(item.figures().get("missingYears")).isEqualTo(List.of(2026));

    ChecklistItem late =
        evaluate(LocalDate.of(2027, 5, 2)).stream()
            .filter(i -> i.code().equals("INTERIM_PROOF"))
            .findFirst()
            .orElseThrow();
    assertThat(late.status()).isEqualTo(CheckStatus.VIOLATION);

    proofs.add(proof(ProofKind.INTERIM, 2026));
    assertThat(item("INTERIM_PROOF").status()).isEqualTo(CheckStatus.OK);
  }

  @Test
  void cumulationAboveMaxPublicShareIsViolationWithExcess() {
    rules(null, null, true, eur("90"), null);
    others.add(new SettlementCase.OtherGrant("Landesprogramm", eur("100000"), eur("500000")));
    ChecklistItem ok = item("CUMULATION");
    assertThat(ok.status()).isEqualTo(CheckStatus.OK);
    assertThat(ok.figures().get("publicSharePercent")).isEqualTo(eur("80.00"));

    others.add(new SettlementCase.OtherGrant("Bundesprogramm", eur("100000"), eur("500000")));
    ChecklistItem item = item("CUMULATION");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("publicFundingTotal")).isEqualTo(eur("500000.00"));
    assertThat(item.figures().get("excessAmount")).isEqualTo(eur("50000.00"));

    rules(null, null, false, null, null);
    assertThat(item("CUMULATION").advice()).contains("Doppelförderung");
  }

  @Test
  void expenseAboveProcurementThresholdWithoutReferenceIsViolation() {
    rules(null, null, null, null, eur("100000"));
    expense("2026-07-01", "100000", CostCategory.WORKS, null, null);
    expense("2026-07-01", "9999.99", CostCategory.SUPPLIES_AND_SERVICES, null, null);
    expense("2026-07-01", "50000", CostCategory.PERSONNEL, null, null);
    expense("2026-07-01", "150000", CostCategory.WORKS, null, "VG-2026-17");
    assertThat(item("PROCUREMENT").status()).isEqualTo(CheckStatus.OK);

    expense("2026-07-02", "10000.01", CostCategory.SUPPLIES_AND_SERVICES, null, null);
    ChecklistItem item = item("PROCUREMENT");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("amountWithoutReference")).isEqualTo(eur("10000.01"));
    assertThat(item.advice()).contains("Wertgrenze 10.000,00 €");
  }

  @Test
  void twentyThousandNetDirectAwardIsOkUnderNrwMunicipalLimitAndViolationUnderUvgo() {
    contractInvoice("2026-07-01", "20000", "Auftrag Spielgeräte");

    directAwardLimit("ANBEST_G_NRW", "25000");
    ChecklistItem nrw = item("PROCUREMENT");
    assertThat(nrw.status()).isEqualTo(CheckStatus.OK);
    assertThat(nrw.advice()).contains("ANBEST_G_NRW");

    directAwardLimit("ANBEST_P", "1000");
    ChecklistItem federal = item("PROCUREMENT");
    assertThat(federal.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(federal.advice()).contains("Auftrag „Auftrag Spielgeräte“", "Wertgrenze 1.000,00 €");
  }

  @Test
  void invoicesOfOneContractCountTogetherAgainstTheDirectAwardLimit() {
    directAwardLimit("ANBEST_G_NRW", "25000");
    contractInvoice("2026-07-01", "15000", "RV-7");
    contractInvoice("2026-08-01", "8000", "RV-7");
    expense("2026-08-01", "24000", CostCategory.SUPPLIES_AND_SERVICES, null, null);
    assertThat(item("PROCUREMENT").status()).isEqualTo(CheckStatus.OK);

    contractInvoice("2026-09-01", "2500", "RV-7");
    ChecklistItem item = item("PROCUREMENT");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("contractsWithoutReference")).isEqualTo(1);
    assertThat(item.figures().get("amountWithoutReference")).isEqualTo(eur("25500.00"));
    assertThat(item.advice()).contains("Auftrag „RV-7“ mit 3 Rechnungen über zusammen 25.500,00 €");

    expenses.get(1).procurementReference = "VG-2026-3";
    assertThat(item("PROCUREMENT").status()).isEqualTo(CheckStatus.OK);
  }

  @Test
  void budgetLineOverrunBeyondToleranceIsViolationWithinButUnoffsetIsWarning() {
    lines.add(BudgetLine.of(application.id, "BAU", "Baukosten", eur("100000")));
    lines.add(BudgetLine.of(application.id, "PLAN", "Planung", eur("50000")));
    expense("2026-07-01", "115000", CostCategory.WORKS, null, "VG-1").budgetLine = "BAU";
    assertThat(item("BUDGET_LINES").status()).isEqualTo(CheckStatus.OK);

    expense("2026-07-01", "45000", CostCategory.OTHER, null, null).budgetLine = "PLAN";
    ChecklistItem unoffset = item("BUDGET_LINES");
    assertThat(unoffset.status()).isEqualTo(CheckStatus.WARNING);
    assertThat(unoffset.figures().get("overrunTotal")).isEqualTo(eur("15000.00"));
    assertThat(unoffset.figures().get("savingsTotal")).isEqualTo(eur("5000.00"));

    expense("2026-08-01", "6000", CostCategory.WORKS, null, null).budgetLine = "BAU";
    ChecklistItem item = item("BUDGET_LINES");
    assertThat(item.status()).isEqualTo(CheckStatus.VIOLATION);
    assertThat(item.figures().get("largestOverrunPercent")).isEqualTo(eur("21.00"));
  }

  private ChecklistItem item(String code) {
    return evaluate(TODAY).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private List<ChecklistItem> evaluate(LocalDate today) {
    ProgrammeTerms programme =
        new ProgrammeTerms(
            UUID.randomUUID(),
            "Programm",
            "OPEN",
            null,
            null,
            null,
            eur("80"),
            null,
            null,
            ruleSet,
            null,
            false);
    var deadlines =
        new DeadlinePlan(ZoneId.of("Europe/Berlin"), 4).derive(application, programme, payouts);
    return ComplianceChecklist.evaluate(
        new SettlementCase(
            application,
            "Programm",
            rules,
            expenses,
            payouts,
            lines,
            proofs,
            deadlines,
            others,
            today));
  }

  private Expense expense(
      String invoice, String amount, CostCategory category, String paidOn, String reference) {
    Expense e =
        Expense.record(
            application,
            new Expense.Details(
                LocalDate.parse(invoice),
                eur(amount),
                category,
                "Posten " + expenses.size(),
                paidOn == null ? null : LocalDate.parse(paidOn),
                reference,
                null,
                null,
                null),
            Instant.now(),
            "test");
    expenses.add(e);
    return e;
  }

  private Expense contractInvoice(String invoice, String amount, String contract) {
    Expense e = expense(invoice, amount, CostCategory.SUPPLIES_AND_SERVICES, null, null);
    e.contractReference = contract;
    return e;
  }

  private void directAwardLimit(String preset, String limit) {
    rules =
        new ComplianceRules(
            preset,
            eur("80"),
            null,
            null,
            Period.ofWeeks(6),
            null,
            null,
            eur(limit),
            eur(limit),
            30,
            eur("20"),
            FinancingType.SHARE);
  }

  private void payout(String receivedOn, String amount) {
    payouts.add(
        PayoutRequest.record(
            application, payouts, eur(amount), LocalDate.parse(receivedOn), Instant.now(), "test"));
  }

  private ProofOfUseSubmission proof(ProofKind kind, Integer year) {
    return ProofOfUseSubmission.of(application.id, kind, year, TODAY, Instant.now(), "test");
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
