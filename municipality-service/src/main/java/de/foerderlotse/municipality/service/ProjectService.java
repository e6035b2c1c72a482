package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.domain.FieldChange;
import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.municipality.domain.ProjectChange;
import de.foerderlotse.municipality.domain.ProjectDetails;
import de.foerderlotse.municipality.domain.SearchText;
import de.foerderlotse.municipality.events.TenantEvents;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.rest.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of municipal projects. Every change, its history entries and its event commit together;
 * a municipality user never learns that another municipality's project exists.
 */
@ApplicationScoped
public class ProjectService {

  private final TenantEvents events;
  private final Clock clock;

  public ProjectService(TenantEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Project register(Actor actor, String requestedAgs, ProjectDetails details) {
    Tenancy.requireWriter(actor);
    String ags =
        Tenancy.required(Tenancy.actingFor(actor, requestedAgs), "das Projekt angelegt wird");
    Municipality owner =
        Municipality.<Municipality>findByIdOptional(ags)
            .orElseThrow(
                () -> DomainException.unprocessable("Die Kommune " + ags + " ist nicht erfasst."));
    requireKnownPartners(details.partners());
    Instant now = Instant.now(clock);
    Project project = Project.newFor(ags, actor.name(), now);
    List<FieldChange> changes =
        project.apply(withDefaultLocation(details, owner), actor.name(), now);
    project.persistAndFlush();
    record(project, changes, true);
    return project;
  }

  @Transactional
  public Project get(Actor actor, UUID id) {
    return findVisible(actor, id);
  }

  @Transactional
  public Project change(
      Actor actor, UUID id, long expectedVersion, String requestedAgs, ProjectDetails details) {
    Tenancy.requireWriter(actor);
    Tenancy.actingFor(actor, requestedAgs);
    Project project = findOwned(actor, id);
    if (requestedAgs != null && !requestedAgs.equals(project.ags)) {
      throw DomainException.unprocessable("Die Kommune eines Projekts kann nicht geändert werden.");
    }
    if (project.version != expectedVersion) {
      throw DomainException.staleVersion("Das Projekt", project.version, expectedVersion);
    }
    requireKnownPartners(details.partners());
    Municipality owner = Municipality.findById(project.ags);
    List<FieldChange> changes =
        project.apply(withDefaultLocation(details, owner), actor.name(), Instant.now(clock));
    if (!changes.isEmpty()) {
      Project.flush();
      record(project, changes, false);
    }
    return project;
  }

  @Transactional
  public Project withdraw(Actor actor, UUID id, Long expectedVersion) {
    Tenancy.requireWriter(actor);
    Project project = findOwned(actor, id);
    if (expectedVersion != null && project.version != expectedVersion) {
      throw DomainException.staleVersion("Das Projekt", project.version, expectedVersion);
    }
    List<FieldChange> changes = project.withdraw(actor.name(), Instant.now(clock));
    if (!changes.isEmpty()) {
      Project.flush();
      record(project, changes, false);
    }
    return project;
  }

  @Transactional
  public List<ProjectChange> history(Actor actor, UUID id) {
    return ProjectChange.historyOf(findVisible(actor, id).id);
  }

  @Transactional
  public Page<Project> search(Actor actor, ProjectFilter filter, int page, int size) {
    String ags = Tenancy.actingFor(actor, filter.ags());
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (actor.isMunicipality()) {
      // Own projects plus joint projects it is a partner of.
      query.append(
          " and (ags = :ags or id in (select p.id from Project p join p.partners partner"
              + " where partner = :ags))");
      parameters.and("ags", ags);
    } else if (ags != null) {
      query.append(" and ags = :ags");
      parameters.and("ags", ags);
    }
    if (filter.category() != null) {
      query.append(" and category = :category");
      parameters.and("category", filter.category());
    }
    if (filter.status() != null) {
      query.append(" and status = :status");
      parameters.and("status", filter.status());
    }
    if (filter.stars() != null) {
      query.append(" and stars = :stars");
      parameters.and("stars", filter.stars());
    }
    if (filter.minStars() != null) {
      query.append(" and stars >= :minStars");
      parameters.and("minStars", filter.minStars());
    }
    List<String> words = words(filter.text());
    for (int i = 0; i < words.size(); i++) {
      query.append(" and searchText like :word").append(i).append(" escape '!'");
      parameters.and("word" + i, "%" + escapeLike(words.get(i)) + "%");
    }
    PanacheQuery<Project> found =
        Project.find(
            query.toString(),
            Sort.by("updatedAt", Sort.Direction.Descending).and("id"),
            parameters);
    return new Page<>(found.page(page, size).list(), page, size, found.count());
  }

  private Project findVisible(Actor actor, UUID id) {
    Project project = Project.findById(id);
    if (project == null || (actor.isMunicipality() && !project.isVisibleTo(actor.ags()))) {
      throw DomainException.notFound("Das Projekt", id);
    }
    return project;
  }

  /** Partners read a joint project, but only its owner (or a coordinator) changes it. */
  private Project findOwned(Actor actor, UUID id) {
    Project project = findVisible(actor, id);
    if (actor.isMunicipality() && !project.ags.equals(actor.ags())) {
      throw DomainException.forbidden(
          "Nur die federführende Kommune " + project.ags + " darf dieses Projekt ändern.");
    }
    return project;
  }

  private void record(Project project, List<FieldChange> changes, boolean created) {
    changes.forEach(change -> ProjectChange.of(project, change).persist());
    List<String> fields =
        created ? List.of("created") : changes.stream().map(FieldChange::field).toList();
    events.projectChanged(project, fields);
  }

  private static void requireKnownPartners(List<String> partners) {
    List<String> unknown =
        partners.stream().filter(ags -> Municipality.findById(ags) == null).toList();
    if (!unknown.isEmpty()) {
      throw DomainException.unprocessable(
          "Unbekannte Partnerkommune(n): " + String.join(", ", unknown) + ".");
    }
  }

  private static ProjectDetails withDefaultLocation(ProjectDetails details, Municipality owner) {
    if (details.location() != null) {
      return details;
    }
    return new ProjectDetails(
        details.title(),
        details.description(),
        details.category(),
        owner.centroid(),
        details.plannedStart(),
        details.plannedEnd(),
        details.estimatedTotalCost(),
        details.costItems(),
        details.partners(),
        details.stars(),
        details.status());
  }

  private static List<String> words(String text) {
    String folded = SearchText.fold(text);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static String escapeLike(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
