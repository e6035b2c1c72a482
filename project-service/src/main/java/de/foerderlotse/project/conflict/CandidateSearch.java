package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.GeoDistance;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds the projects that could conflict with a profile, through indexes only. The scorer flags a
 * pair only if one title's key term is among the other's key terms (GIN indexes on both arrays),
 * and the two are of one municipality (ags index), or share a programme (application index), or lie
 * within the radius (position index, bounding box) in overlapping periods. Each branch asks for
 * exactly that, so no pair the scorer would flag is left out.
 */
@ApplicationScoped
public class CandidateSearch {

  private final EntityManager entityManager;
  private final ConflictConfig config;

  public CandidateSearch(EntityManager entityManager, ConflictConfig config) {
    this.entityManager = entityManager;
    this.config = config;
  }

  @SuppressWarnings("unchecked")
  public List<ProjectView> candidates(ConflictProfile profile) {
    if (!profile.active() || profile.keyTerms().isEmpty()) {
      return List.of();
    }
    String terms =
        " p.id <> :id and (p.status is null or p.status not in ('COMPLETED', 'WITHDRAWN'))"
            + " and (p.key_terms && cast(:titleKeys as text[])"
            + " or p.title_key_terms && cast(:keys as text[]))";
    List<String> branches = new ArrayList<>();
    branches.add("select p.id from project_view p where" + terms + " and p.ags = :ags");
    List<String> programmes =
        profile.participations().stream().map(ConflictProfile.Participation::programme).toList();
    if (!programmes.isEmpty()) {
      branches.add(
          "select p.id from project_view p join application a on a.project_id = p.id where"
              + terms
              + " and a.programme_id = any(cast(:programmes as uuid[]))"
              + " and a.status not in ('WITHDRAWN', 'REJECTED')");
    }
    boolean nearby =
        profile.hasPosition() && profile.plannedStart() != null && profile.plannedEnd() != null;
    if (nearby) {
      branches.add(
          "select p.id from project_view p where"
              + terms
              + " and p.lat between :latMin and :latMax and p.lon between :lonMin and :lonMax"
              + " and p.planned_start <= :end and p.planned_end >= :start");
    }
    Query query =
        entityManager
            .createNativeQuery(
                "select * from project_view where id in ("
                    + String.join(" union ", branches)
                    + ") limit :max",
                ProjectView.class)
            .setParameter("id", UUID.fromString(profile.key()))
            .setParameter("titleKeys", array(profile.titleKeyTerms()))
            .setParameter("keys", array(profile.keyTerms()))
            .setParameter("ags", profile.ags())
            .setParameter("max", config.maxCandidates());
    if (!programmes.isEmpty()) {
      query.setParameter("programmes", array(programmes));
    }
    if (nearby) {
      double[] box = GeoDistance.box(profile.lat(), profile.lon(), config.radiusKm());
      query
          .setParameter("latMin", box[0])
          .setParameter("latMax", box[1])
          .setParameter("lonMin", box[2])
          .setParameter("lonMax", box[3])
          .setParameter("start", profile.plannedStart())
          .setParameter("end", profile.plannedEnd());
    }
    return query.getResultList();
  }

  /** A PostgreSQL array literal; terms are [a-z0-9] only and ids are UUIDs, nothing to escape. */
  static String array(Collection<String> values) {
    return values.stream().collect(Collectors.joining(",", "{", "}"));
  }
}
