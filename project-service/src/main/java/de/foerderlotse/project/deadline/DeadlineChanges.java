package de.foerderlotse.project.deadline;

import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue.ProgrammeTermsChanged;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When a programme's calls or rule set change, recomputes the deadlines of its live applications
 * and tells the municipality and the county about every moved due date (DEADLINE_CHANGED).
 */
@ApplicationScoped
public class DeadlineChanges {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final List<ApplicationStatus> FINISHED =
      List.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED, ApplicationStatus.CLOSED);

  private final DeadlineSync sync;
  private final AlertService alerts;

  public DeadlineChanges(DeadlineSync sync, AlertService alerts) {
    this.sync = sync;
    this.alerts = alerts;
  }

  void onProgrammeChanged(@Observes ProgrammeTermsChanged change) {
    if (change.before() == null) {
      return;
    }
    ProgrammeTerms programme = change.after();
    List<Application> live =
        Application.list("programmeId = ?1 and status not in ?2", programme.id(), FINISHED);
    for (Application application : live) {
      for (DeadlineSync.Moved moved : sync.sync(application, programme)) {
        // A deadline already met or void needs nobody's attention.
        if (moved.deadline().isOpen()) {
          alerts.raise(changed(application, programme, moved));
        }
      }
    }
  }

  private static AlertDraft changed(
      Application application, ProgrammeTerms programme, DeadlineSync.Moved moved) {
    var deadline = moved.deadline();
    return new AlertDraft(
        AlertType.DEADLINE_CHANGED,
        Severity.WARNING,
        List.of(application.ags),
        true,
        List.of(
            Subject.application(application.id, application.projectTitle),
            Subject.deadline(deadline.id, deadline.title),
            Subject.programme(programme.id(), programme.title())),
        "Die Frist „"
            + deadline.kind.label()
            + "“ für „"
            + application.projectTitle
            + "“ hat sich vom "
            + moved.before().format(GERMAN)
            + " auf den "
            + deadline.dueDate.format(GERMAN)
            + " verschoben, weil sich das Förderprogramm „"
            + programme.title()
            + "“ geändert hat.",
        "DEADLINE_CHANGED:" + deadline.id + ":" + deadline.dueDate);
  }
}
