package de.foerderlotse.project.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.ConflictLabel;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.HistoryEntry.Action;
import de.foerderlotse.project.conflict.domain.LabelledProject;
import de.foerderlotse.project.conflict.domain.LabelledProject.CostItem;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps coordinators' decisions as labelled pairs: both projects' texts and figures as they are at
 * the moment of the decision, so later edits do not rewrite what was judged.
 */
@ApplicationScoped
public class ConflictLabels {

  private final ObjectMapper json;

  public ConflictLabels(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Stores the decision.
   *
   * @param confirmed the kind confirmed; null when the coordinator found no conflict
   */
  void record(
      Conflict conflict,
      Action decision,
      ConflictKind confirmed,
      String reason,
      String by,
      Instant at) {
    ConflictLabel.of(
            conflict,
            decision,
            confirmed,
            reason,
            by,
            at,
            snapshot(conflict.sideA),
            snapshot(conflict.sideB))
        .persist();
  }

  /** All labels, oldest decision first. */
  List<ConflictLabel> all() {
    return ConflictLabel.list("order by decidedAt, id");
  }

  private LabelledProject snapshot(ConflictSide side) {
    ProjectView view = ProjectView.findById(side.projectId());
    Application application =
        side.applicationId() == null ? null : Application.findById(side.applicationId());
    JsonNode payload = payload(view);
    return new LabelledProject(
        side.municipalityAgs(),
        view == null ? side.projectTitle() : view.title,
        text(payload.path("description")),
        view == null ? side.category() : view.category,
        number(payload.path("location").path("lat")),
        number(payload.path("location").path("lon")),
        view == null ? side.plannedStart() : view.plannedStart,
        view == null ? side.plannedEnd() : view.plannedEnd,
        view == null ? side.totalCost() : view.estimatedTotalCost,
        costItems(payload),
        side.programmeId() == null ? null : side.programmeId().toString(),
        side.callId() == null ? null : side.callId().toString(),
        application == null ? null : application.status.name());
  }

  private JsonNode payload(ProjectView view) {
    try {
      return view == null || view.payload == null
          ? json.createObjectNode()
          : json.readTree(view.payload);
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
