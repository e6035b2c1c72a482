package de.foerderlotse.project.scouting;

import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.deadline.DeadlineConfig;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue.ProgrammeTermsChanged;
import de.foerderlotse.project.readmodel.TenantDirectory.ProjectApplied;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProgrammeView;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import de.foerderlotse.project.scouting.domain.FundingMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Matches a registered or changed programme against the open municipal projects of its areas, and a
 * new or changed project against the open programmes of its category (both index-backed), and tells
 * the project's municipality — once per project and programme, again only after a material change
 * of the programme.
 */
@ApplicationScoped
public class ScoutingMatch {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final AlertService alerts;
  private final ProgrammeCatalogue catalogue;
  private final EntityManager entityManager;
  private final DeadlineConfig config;
  private final Clock clock;

  public ScoutingMatch(
      AlertService alerts,
      ProgrammeCatalogue catalogue,
      EntityManager entityManager,
      DeadlineConfig config,
      Clock clock) {
    this.alerts = alerts;
    this.catalogue = catalogue;
    this.entityManager = entityManager;
    this.config = config;
    this.clock = clock;
  }

  /** A new or changed project is matched against the open programmes of its category. */
  @SuppressWarnings("unchecked")
  void onProjectApplied(@Observes ProjectApplied applied) {
    ProjectView project = applied.project();
    if (project.category == null || !project.looksForFunding()) {
      return;
    }
    List<ProgrammeView> programmes =
        entityManager
            .createNativeQuery(
                "select * from programme_view where deleted = false and status = 'OPEN'"
                    + " and payload -> 'fundingAreas' @> cast(:area as jsonb)",
                ProgrammeView.class)
            .setParameter("area", "[\"" + project.category.replace("\"", "") + "\"]")
            .getResultList();
    Instant now = Instant.now(clock);
    for (ProgrammeView view : programmes) {
      ProgrammeTerms programme = catalogue.termsOf(view);
      FundingMatch.of(programme, project, now)
          .ifPresent(
              reason ->
                  alerts.raise(
                      alert(
                          programme,
                          project,
                          reason,
                          FundingMatch.materialFingerprint(programme))));
    }
  }

  void onProgrammeChanged(@Observes ProgrammeTermsChanged change) {
    ProgrammeTerms programme = change.after();
    if (programme.fundingAreas().isEmpty()) {
      return;
    }
    Instant now = Instant.now(clock);
    String fingerprint = FundingMatch.materialFingerprint(programme);
    List<ProjectView> candidates =
        ProjectView.list(
            "category in ?1 and status in ?2",
            List.copyOf(programme.fundingAreas()),
            List.copyOf(ProjectView.OPEN_STATUSES));
    for (ProjectView project : candidates) {
      FundingMatch.of(programme, project, now)
          .ifPresent(reason -> alerts.raise(alert(programme, project, reason, fingerprint)));
    }
  }

  private AlertDraft alert(
      ProgrammeTerms programme, ProjectView project, FundingMatch.Reason reason, String print) {
    String grant =
        reason.expectedGrant() == null
            ? ""
            : ", erwartete Förderung rund " + euro(reason.expectedGrant());
    return new AlertDraft(
        AlertType.FUNDING_MATCH,
        Severity.INFO,
        List.of(project.ags),
        false,
        List.of(
            Subject.project(project.id, project.title),
            Subject.programme(programme.id(), programme.title())),
        "Das Förderprogramm „"
            + programme.title()
            + "“ passt zu Ihrem Projekt „"
            + project.title
            + "“ (Förderbereich "
            + project.category
            + grant
            + "); nächster Stichtag am "
            + reason.nextDeadline().atZoneSameInstant(config.zone()).format(GERMAN)
            + ".",
        "FUNDING_MATCH:" + project.id + ":" + programme.id() + ":" + print);
  }

  static String euro(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
  }
}
