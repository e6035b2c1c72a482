package de.foerderlotse.project.readmodel;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.readmodel.domain.MunicipalityView;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import de.foerderlotse.project.readmodel.events.MunicipalityChanged;
import de.foerderlotse.project.readmodel.events.ProjectChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The municipalities and municipal projects this service knows from municipality-service. */
@ApplicationScoped
public class TenantDirectory {

  private final Clock clock;
  private final Event<ProjectApplied> projectApplied;

  public TenantDirectory(Clock clock, Event<ProjectApplied> projectApplied) {
    this.clock = clock;
    this.projectApplied = projectApplied;
  }

  /** A project's new state reached the read model (in-process, same transaction). */
  public record ProjectApplied(ProjectView project) {}

  /** Applies a municipality event unless its version is not newer than the stored copy. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean applyMunicipality(MunicipalityChanged event, String payload) {
    MunicipalityView view = MunicipalityView.findById(event.ags());
    if (view != null && !view.isOlderThan(event.version())) {
      return false;
    }
    boolean isNew = view == null;
    if (isNew) {
      view = new MunicipalityView();
      view.ags = event.ags();
    }
    view.version = event.version();
    view.name = event.name();
    view.kind = event.kind();
    view.countyAgs = event.countyAgs();
    view.payload = payload;
    view.appliedAt = Instant.now(clock);
    if (isNew) {
      view.persist();
    }
    return true;
  }

  /**
   * Applies a project event unless its version is not newer than the stored copy; announces the
   * change in-process so scouting can match the project against known programmes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean applyProject(ProjectChanged event, String payload) {
    ProjectView view = ProjectView.findById(event.id());
    if (view != null && !view.isOlderThan(event.version())) {
      return false;
    }
    boolean isNew = view == null;
    if (isNew) {
      view = new ProjectView();
      view.id = event.id();
    }
    view.version = event.version();
    view.ags = event.ags();
    view.title = event.title();
    view.category = event.category();
    view.status = event.status();
    view.plannedStart = event.plannedStart();
    view.plannedEnd = event.plannedEnd();
    view.estimatedTotalCost = event.estimatedTotalCost();
    view.payload = payload;
    view.appliedAt = Instant.now(clock);
    if (isNew) {
      view.persist();
    }
    projectApplied.fire(new ProjectApplied(view));
    return true;
  }

  @Transactional
  public MunicipalityView municipality(String ags) {
    return MunicipalityView.<MunicipalityView>findByIdOptional(ags)
        .orElseThrow(() -> DomainException.notFound("Kommune", ags));
  }

  @Transactional
  public ProjectView project(UUID id) {
    return findProject(id).orElseThrow(() -> DomainException.notFound("Projekt", id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProjectView> findProject(UUID id) {
    return ProjectView.findByIdOptional(id);
  }

  /** The display name of a municipality, or its AGS while the read model does not know it yet. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String municipalityName(String ags) {
    return MunicipalityView.<MunicipalityView>findByIdOptional(ags).map(m -> m.name).orElse(ags);
  }
}
