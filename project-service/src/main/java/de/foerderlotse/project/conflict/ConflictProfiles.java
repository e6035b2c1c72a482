package de.foerderlotse.project.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.ConflictProfile.CostItem;
import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import de.foerderlotse.conflict.engine.GermanTerms;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the scorer's view of projects from the read model and the applications, and keeps the
 * normalised search terms of the read model up to date.
 */
@ApplicationScoped
public class ConflictProfiles {

  /** Project states in which a project conflicts with nothing any more. */
  public static final Set<String> FINISHED = Set.of("COMPLETED", "WITHDRAWN");

  /** Applications that no longer take part in a programme. */
  public static final Set<ApplicationStatus> ENDED =
      Set.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED);

  private static final int REINDEX_BATCH = 500;

  private final ObjectMapper json;
  private final EntityManager entityManager;

  public ConflictProfiles(ObjectMapper json, EntityManager entityManager) {
    this.json = json;
    this.entityManager = entityManager;
  }

  void onStart(@Observes StartupEvent start) {
    reindexIfStale();
  }

  /**
   * Recomputes the stored terms of every project when the normaliser changed since they were
   * computed (V11 keeps the version), so the candidate search finds what the scorer would flag.
   *
   * @return how many projects were re-indexed; 0 if the stored terms are current
   */
  public int reindexIfStale() {
    String current = GermanTerms.version();
    String stored = QuarkusTransaction.requiringNew().call(this::storedVersion);
    if (current.equals(stored)) {
      return 0;
    }
    int done = 0;
    UUID after = new UUID(0L, 0L);
    while (true) {
      UUID from = after;
      List<ProjectView> batch = QuarkusTransaction.requiringNew().call(() -> reindexBatch(from));
      if (batch.isEmpty()) {
        break;
      }
      done += batch.size();
      after = batch.get(batch.size() - 1).id;
    }
    QuarkusTransaction.requiringNew().run(() -> storeVersion(current));
    return done;
  }

  private List<ProjectView> reindexBatch(UUID after) {
    List<ProjectView> batch =
        ProjectView.find("id > ?1 order by id", after).page(0, REINDEX_BATCH).list();
    batch.forEach(this::index);
    return batch;
  }

  private String storedVersion() {
    List<?> rows =
        entityManager
            .createNativeQuery("select version from conflict_terms_version where id = 1")
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }

  private void storeVersion(String version) {
    entityManager
        .createNativeQuery(
            "insert into conflict_terms_version (id, version) values (1, :v)"
                + " on conflict (id) do update set version = excluded.version")
        .setParameter("v", version)
        .executeUpdate();
  }

  /**
   * The profile of a project whose read model or applications changed; its normalised terms and
   * position are stored with the read model (indexed for the candidate search).
   */
  public ConflictProfile index(ProjectView view) {
    JsonNode payload = payload(view);
    ConflictProfile profile =
        ConflictProfile.of(
            view.id.toString(),
            view.ags,
            view.title,
            text(payload.path("description")),
            view.category,
            number(payload.path("location").path("lat")),
            number(payload.path("location").path("lon")),
            view.plannedStart,
            view.plannedEnd,
            view.estimatedTotalCost,
            costItems(payload),
            participations(List.of(view.id)).getOrDefault(view.id, List.of()),
            !FINISHED.contains(view.status));
    store(view, profile);
    return profile;
  }

  /** Profiles of candidate projects from their stored terms (normalised when they arrived). */
  public List<ConflictProfile> stored(List<ProjectView> views, String subjectAgs) {
    Map<UUID, List<Participation>> participations =
        participations(views.stream().map(v -> v.id).toList());
    List<ConflictProfile> profiles = new ArrayList<>(views.size());
    for (ProjectView view : views) {
      profiles.add(
          new ConflictProfile(
              view.id.toString(),
              view.ags,
              view.title,
              view.category,
              view.lat,
              view.lon,
              view.plannedStart,
              view.plannedEnd,
              view.estimatedTotalCost,
              // Cost items matter only between projects of one municipality (DOUBLE_FUNDING).
              view.ags.equals(subjectAgs) ? costItems(payload(view)) : List.of(),
              participations.getOrDefault(view.id, List.of()),
              !FINISHED.contains(view.status),
              List.of(view.titleTerms),
              List.of(view.terms)));
    }
    return profiles;
  }

  private static void store(ProjectView view, ConflictProfile profile) {
    view.lat = profile.lat();
    view.lon = profile.lon();
    view.titleTerms = replace(view.titleTerms, profile.titleTerms());
    view.terms = replace(view.terms, profile.terms());
    view.titleKeyTerms = replace(view.titleKeyTerms, profile.titleKeyTerms());
    view.keyTerms = replace(view.keyTerms, profile.keyTerms());
  }

  /** The same array if unchanged, so an unchanged read model is not written again. */
  private static String[] replace(String[] current, Collection<String> terms) {
    String[] next = terms.toArray(String[]::new);
    return Arrays.equals(current, next) ? current : next;
  }

  private Map<UUID, List<Participation>> participations(List<UUID> projects) {
    Map<UUID, List<Participation>> result = new HashMap<>();
    if (projects.isEmpty()) {
      return result;
    }
    List<Application> applications =
        Application.list(
            "projectId in ?1 and status not in ?2 order by createdAt, id",
            projects,
            List.copyOf(ENDED));
    for (Application a : applications) {
      result
          .computeIfAbsent(a.projectId, id -> new ArrayList<>())
          .add(new Participation(a.programmeId.toString(), a.callId.toString(), a.id.toString()));
    }
    return result;
  }

  private JsonNode payload(ProjectView view) {
    try {
      return view.payload == null ? json.createObjectNode() : json.readTree(view.payload);
    } catch (JsonProcessingException e) {
      return json.createObjectNode();
    }
  }

  private static List<CostItem> costItems(JsonNode payload) {
    List<CostItem> items = new ArrayList<>();
    for (JsonNode item : payload.path("costItems")) {
      items.add(
          new CostItem(
              text(item.path("label")),
              item.path("amount").isNumber() ? item.path("amount").decimalValue() : null,
              text(item.path("costCategory"))));
    }
    return items;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }
}
