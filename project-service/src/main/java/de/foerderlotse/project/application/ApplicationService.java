package de.foerderlotse.project.application;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.NotYetKnownException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.application.domain.ApplicationTerms;
import de.foerderlotse.project.application.domain.GrantNotice;
import de.foerderlotse.project.application.events.ApplicationEvents;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.TenantDirectory;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases of applications; every change publishes its event through the outbox. */
@ApplicationScoped
public class ApplicationService {

  private final Tenancy tenancy;
  private final TenantDirectory directory;
  private final ProgrammeCatalogue catalogue;
  private final ApplicationEvents events;
  private final Event<ApplicationUpdated> updated;
  private final Clock clock;

  public ApplicationService(
      Tenancy tenancy,
      TenantDirectory directory,
      ProgrammeCatalogue catalogue,
      ApplicationEvents events,
      Event<ApplicationUpdated> updated,
      Clock clock) {
    this.tenancy = tenancy;
    this.directory = directory;
    this.catalogue = catalogue;
    this.events = events;
    this.updated = updated;
    this.clock = clock;
  }

  @Transactional
  public Application create(NewApplication command) {
    tenancy.requireOwnAgs(command.ags());
    // Not in the read model yet: its event is usually a second away, so the client retries.
    ProjectView project =
        directory
            .findProject(command.projectId())
            .orElseThrow(() -> new NotYetKnownException("Das Projekt " + command.projectId()));
    if (!tenancy.maysee(project.ags)) {
      throw DomainException.unprocessable(
          "Das Projekt " + command.projectId() + " ist nicht bekannt.");
    }
    if (command.ags() != null && !command.ags().equals(project.ags)) {
      throw DomainException.unprocessable("Das Projekt gehört nicht zur angegebenen Kommune.");
    }
    ProgrammeTerms programme = openProgramme(command.programmeId());
    ProgrammeTerms.Call call =
        programme
            .call(command.callId())
            .orElseThrow(
                () ->
                    DomainException.unprocessable(
                        "Der Aufruf " + command.callId() + " gehört nicht zum Förderprogramm."));
    if (call.stage(command.stageIndex()).isEmpty()) {
      throw DomainException.unprocessable(
          "Der Aufruf hat keine Stufe " + command.stageIndex() + ".");
    }
    Application application =
        Application.draft(
            project.id,
            project.title,
            project.ags,
            programme.id(),
            call.id(),
            command.stageIndex(),
            command.terms(),
            now(),
            tenancy.who());
    application.persist();
    return publish(application, null, "created");
  }

  @Transactional
  public Application get(UUID id) {
    return Application.<Application>findByIdOptional(id)
        .filter(a -> tenancy.maysee(a.ags))
        .orElseThrow(() -> DomainException.notFound("Antrag", id));
  }

  @Transactional
  public Page<Application> list(ApplicationFilter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    tenancy.filterAgs(filter.ags()).ifPresent(ags -> add(where, params, "ags = :ags", "ags", ags));
    if (filter.status() != null) {
      add(where, params, "status = :status", "status", parseStatus(filter.status()));
    }
    if (filter.programmeId() != null) {
      add(where, params, "programmeId = :programme", "programme", filter.programmeId());
    }
    if (filter.callId() != null) {
      add(where, params, "callId = :call", "call", filter.callId());
    }
    if (filter.projectId() != null) {
      add(where, params, "projectId = :project", "project", filter.projectId());
    }
    var query =
        Application.<Application>find(
            where.isEmpty() ? "1 = 1" : String.join(" and ", where),
            Sort.descending("createdAt").and("id"),
            params);
    long total = query.count();
    return new Page<>(query.page(page, size).list(), page, size, total);
  }

  @Transactional
  public Application edit(UUID id, long version, ApplicationTerms terms) {
    Application application = current(id, version);
    application.edit(terms, now(), tenancy.who());
    return publish(application, application.status, "edited");
  }

  @Transactional
  public Application moveTo(UUID id, long version, ApplicationStatus target) {
    Application application = current(id, version);
    ApplicationStatus before = application.status;
    if (target == ApplicationStatus.SUBMITTED) {
      requireStageOpen(application);
    }
    application.moveTo(target, now(), tenancy.who());
    return publish(application, before, target.name());
  }

  @Transactional
  public Application approve(UUID id, long version, GrantNotice notice) {
    Application application = current(id, version);
    ApplicationStatus before = application.status;
    application.approve(notice, now(), tenancy.who());
    return publish(application, before, ApplicationStatus.APPROVED.name());
  }

  @Transactional
  public Application recordPurposeFulfilled(UUID id, long version, LocalDate on) {
    Application application = current(id, version);
    application.recordPurposeFulfilled(on, now(), tenancy.who());
    return publish(application, application.status, "purpose-fulfilled");
  }

  private Application current(UUID id, long version) {
    Application application = get(id);
    if (application.version != version) {
      throw DomainException.staleVersion("Der Antrag", application.version, version);
    }
    return application;
  }

  private Application publish(Application application, ApplicationStatus before, String change) {
    Application.getEntityManager().flush();
    events.changed(application, change);
    updated.fire(new ApplicationUpdated(application, before));
    return application;
  }

  private ProgrammeTerms openProgramme(UUID programmeId) {
    ProgrammeTerms programme =
        catalogue
            .terms(programmeId)
            .orElseThrow(() -> new NotYetKnownException("Das Förderprogramm " + programmeId));
    if (programme.deleted()) {
      throw DomainException.unprocessable(
          "Das Förderprogramm " + programmeId + " ist nicht bekannt.");
    }
    if (!"OPEN".equals(programme.status())) {
      throw DomainException.unprocessable(
          "Das Förderprogramm „" + programme.title() + "“ nimmt derzeit keine Anträge an.");
    }
    return programme;
  }

  private void requireStageOpen(Application application) {
    catalogue
        .terms(application.programmeId)
        .flatMap(p -> p.call(application.callId))
        .flatMap(c -> c.stage(application.stageIndex))
        .filter(s -> s.deadline() != null && s.deadline().toInstant().isBefore(now()))
        .ifPresent(
            stage -> {
              throw DomainException.unprocessable(
                  "Der Stichtag „"
                      + stage.name()
                      + "“ ist abgelaufen; einreichen geht nicht mehr.");
            });
  }

  private static ApplicationStatus parseStatus(String status) {
    try {
      return ApplicationStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Unbekannter Status " + status + ".");
    }
  }

  private static void add(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    where.add(clause);
    params.put(name, value);
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
