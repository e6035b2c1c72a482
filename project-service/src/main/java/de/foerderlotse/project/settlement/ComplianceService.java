package de.foerderlotse.project.settlement;

import de.foerderlotse.project.application.ApplicationService;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.deadline.DeadlineConfig;
import de.foerderlotse.project.deadline.domain.DeadlinePlan;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.settlement.domain.BudgetLine;
import de.foerderlotse.project.settlement.domain.ChecklistItem;
import de.foerderlotse.project.settlement.domain.ComplianceChecklist;
import de.foerderlotse.project.settlement.domain.ComplianceRules;
import de.foerderlotse.project.settlement.domain.Expense;
import de.foerderlotse.project.settlement.domain.FinancingType;
import de.foerderlotse.project.settlement.domain.ProofOfUseStatement;
import de.foerderlotse.project.settlement.domain.ProofOfUseSubmission;
import de.foerderlotse.project.settlement.domain.SettlementCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds an application's checklist and numerical proof of use from the recorded figures. */
@ApplicationScoped
public class ComplianceService {

  static final List<ApplicationStatus> GRANTED =
      Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isGranted).toList();

  private final ApplicationService applications;
  private final ProgrammeCatalogue catalogue;
  private final SettlementConfig config;
  private final DeadlineConfig deadlines;
  private final DeadlinePlan plan;
  private final Clock clock;

  public ComplianceService(
      ApplicationService applications,
      ProgrammeCatalogue catalogue,
      SettlementConfig config,
      DeadlineConfig deadlines,
      Clock clock) {
    this.applications = applications;
    this.catalogue = catalogue;
    this.config = config;
    this.deadlines = deadlines;
    this.plan = new DeadlinePlan(deadlines.zone(), deadlines.interimProofMonthsAfterYearEnd());
    this.clock = clock;
  }

  /** The checklist of an application the caller may see. */
  @Transactional
  public List<ChecklistItem> checklist(UUID applicationId) {
    return evaluate(applications.get(applicationId));
  }

  /** The numerical proof of use of an application the caller may see. */
  @Transactional
  public ProofOfUseStatement statement(UUID applicationId) {
    SettlementCase c = caseOf(applications.get(applicationId));
    return ProofOfUseStatement.of(
        c.application(),
        c.programmeTitle(),
        c.expenses(),
        c.payouts(),
        c.budgetLines(),
        c.grantShare());
  }

  /** The checklist of any application; callers check access themselves. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<ChecklistItem> evaluate(Application application) {
    return ComplianceChecklist.evaluate(caseOf(application));
  }

  private SettlementCase caseOf(Application application) {
    ProgrammeTerms programme = catalogue.terms(application.programmeId).orElse(null);
    List<PayoutRequest> payouts =
        PayoutRequest.list("applicationId = ?1 order by receivedOn, id", application.id);
    List<SettlementCase.OtherGrant> others =
        Application.<Application>list(
                "projectId = ?1 and id <> ?2 and status in ?3",
                application.projectId,
                application.id,
                GRANTED)
            .stream()
            .map(
                o ->
                    new SettlementCase.OtherGrant(
                        catalogue
                            .terms(o.programmeId)
                            .map(ProgrammeTerms::title)
                            .orElse("unbekanntes Programm"),
                        o.approvedAmount,
                        o.eligibleCost))
            .toList();
    return new SettlementCase(
        application,
        programme == null ? "unbekanntes Programm" : programme.title(),
        rules(programme),
        Expense.list("applicationId = ?1 order by invoiceDate, id", application.id),
        payouts,
        BudgetLine.list("applicationId = ?1 order by code", application.id),
        ProofOfUseSubmission.list("applicationId = ?1 order by submittedOn, id", application.id),
        programme == null ? List.of() : plan.derive(application, programme, payouts),
        others,
        LocalDate.now(clock.withZone(deadlines.zone())));
  }

  /** The rule set of the programme, completed from configuration where it is silent. */
  ComplianceRules rules(ProgrammeTerms programme) {
    ProgrammeTerms.RuleSetTerms r =
        programme == null || programme.ruleSet() == null
            ? new ProgrammeTerms.RuleSetTerms(null, null, null, null, null)
            : programme.ruleSet();
    return new ComplianceRules(
        r.preset(),
        programme == null ? null : programme.fundingRatePercent(),
        r.minOwnContributionPercent(),
        r.earlyStart(),
        r.payoutWindow(),
        r.cumulationAllowed(),
        r.maxPublicSharePercent(),
        r.procurementThresholdSupplies() != null
            ? r.procurementThresholdSupplies()
            : config.procurementThresholdSupplies().orElse(null),
        r.procurementThresholdWorks() != null
            ? r.procurementThresholdWorks()
            : config.procurementThresholdWorks().orElse(null),
        config.proofOfUseWarningDays(),
        config.budgetLineTolerancePercent(),
        FinancingType.of(r.financingType()));
  }
}
