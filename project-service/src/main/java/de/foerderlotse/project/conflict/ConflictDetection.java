package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import de.foerderlotse.conflict.engine.ConflictScorer;
import de.foerderlotse.conflict.engine.Finding;
import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.readmodel.TenantDirectory.ProjectApplied;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conflict detection when a project's read model or one of its applications changed, in the
 * transaction of that change: index-backed candidates, the pure scorer, then the conflict records.
 */
@ApplicationScoped
public class ConflictDetection {

  private final ConflictProfiles profiles;
  private final CandidateSearch search;
  private final ConflictScorer scorer;
  private final ConflictRecords records;
  private final EntityManager entityManager;

  public ConflictDetection(
      ConflictProfiles profiles,
      CandidateSearch search,
      ConflictScorer scorer,
      ConflictRecords records,
      EntityManager entityManager) {
    this.profiles = profiles;
    this.search = search;
    this.scorer = scorer;
    this.records = records;
    this.entityManager = entityManager;
  }

  /** A pair found: the subject's profile, the other's, and the finding. */
  public record Detected(
      ConflictProfile subject,
      ProjectView subjectView,
      ConflictProfile other,
      ProjectView otherView,
      Finding finding) {}

  void onProjectApplied(@Observes ProjectApplied applied) {
    check(applied.project());
  }

  void onApplicationUpdated(@Observes ApplicationUpdated updated) {
    ProjectView project = entityManager.find(ProjectView.class, updated.application().projectId);
    if (project != null) {
      check(project);
    }
  }

  private void check(ProjectView project) {
    ConflictProfile profile = profiles.index(project);
    entityManager.flush();
    records.record(project, profile, detect(profile, project));
  }

  /**
   * Everything the profile conflicts with: other projects found by the candidate search, and the
   * project's own applications to different programmes (the same project funded twice). Changes
   * nothing; the speed benchmark times exactly this.
   */
  public List<Detected> detect(ConflictProfile profile, ProjectView project) {
    List<Detected> found = new ArrayList<>();
    List<ProjectView> candidates = search.candidates(profile);
    List<ConflictProfile> others = profiles.stored(candidates, profile.ags());
    for (int i = 0; i < candidates.size(); i++) {
      ProjectView view = candidates.get(i);
      ConflictProfile other = others.get(i);
      scorer
          .assess(profile, other)
          .ifPresent(f -> found.add(new Detected(profile, project, other, view, f)));
    }
    List<Participation> own = profile.participations();
    for (int i = 0; i < own.size(); i++) {
      for (int j = i + 1; j < own.size(); j++) {
        ConflictProfile a = profile.asApplication(own.get(i));
        ConflictProfile b = profile.asApplication(own.get(j));
        scorer.assess(a, b).ifPresent(f -> found.add(new Detected(a, project, b, project, f)));
      }
    }
    return found;
  }
}
