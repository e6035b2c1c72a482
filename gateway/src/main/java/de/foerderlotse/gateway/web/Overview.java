package de.foerderlotse.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.dashboard.Dashboard;
import de.foerderlotse.gateway.web.ServiceReader.Answer;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The overview page's figures, taken from the dashboard API's sections. */
@TemplateData
public record Overview(
    int days,
    Answer due,
    Answer overdue,
    Answer openConflicts,
    Answer conflictCounts,
    Answer budget,
    Answer alerts,
    List<Count> dueByKind,
    List<Count> conflictsByKind,
    List<BudgetRow> budgetRows) {

  /** A label and how many. */
  @TemplateData
  public record Count(String label, long count) {}

  /** One call's budget pressure: requested against available, and the share. */
  @TemplateData
  public record BudgetRow(
      String call, String requested, String budget, String share, boolean over) {}

  static Overview of(Dashboard dashboard, int days, ObjectMapper json) {
    Map<String, Answer> s = new LinkedHashMap<>();
    dashboard.sections().forEach((name, section) -> s.put(name, answer(section, json)));
    Answer due = s.get("deadlinesDue");
    Answer counts = s.get("conflictCounts");
    return new Overview(
        days,
        due,
        s.get("deadlinesOverdue"),
        s.get("openConflicts"),
        counts,
        s.get("budgetPressure"),
        s.get("latestAlerts"),
        dueByKind(due),
        conflictsByKind(counts, s.get("openConflicts")),
        budgetRows(s.get("budgetPressure")));
  }

  private static Answer answer(Dashboard.Section section, ObjectMapper json) {
    if (section.error() != null) {
      String problem =
          section.error().status() == 404
              ? "Dieser Bereich ist bei dem zuständigen Dienst noch nicht verfügbar."
              : section.error().detail();
      return new Answer(null, section.error().status(), problem);
    }
    return new Answer(json.convertValue(section.data(), Object.class), 200, null);
  }

  private static List<Count> dueByKind(Answer due) {
    Map<String, Long> counts = new TreeMap<>();
    for (Object item : due.items()) {
      if (item instanceof Map<?, ?> deadline) {
        Object label = deadline.get("kindLabel");
        counts.merge(
            String.valueOf(label != null ? label : Labels.wort(deadline.get("kind"))),
            1L,
            Long::sum);
      }
    }
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  /** Open conflicts per kind from the counts, or counted from the open list. */
  private static List<Count> conflictsByKind(Answer counts, Answer open) {
    List<Count> result = new ArrayList<>();
    if (counts.ok() && counts.data() instanceof Map<?, ?> byKind) {
      byKind.forEach(
          (kind, byStatus) -> {
            if (byStatus instanceof Map<?, ?> statuses) {
              long n = number(statuses.get("OPEN"));
              result.add(new Count(Labels.wort(kind), n));
            }
          });
      return result;
    }
    Map<String, Long> counted = new TreeMap<>();
    for (Object item : open.items()) {
      if (item instanceof Map<?, ?> conflict) {
        counted.merge(Labels.wort(conflict.get("kind")), 1L, Long::sum);
      }
    }
    counted.forEach((kind, n) -> result.add(new Count(kind, n)));
    return result;
  }

  /** Tolerant of the field names: the budget-pressure answer is read, not owned, here. */
  private static List<BudgetRow> budgetRows(Answer budget) {
    List<BudgetRow> rows = new ArrayList<>();
    for (Object item : budget.items()) {
      if (item instanceof Map<?, ?> row) {
        String call = first(row, "callTitle", "callLabel", "programmeTitle", "callId");
        String programme = first(row, "programmeTitle");
        BigDecimal requested =
            Labels.decimal(firstValue(row, "requested", "requestedTotal", "requestedAmount"));
        BigDecimal available = Labels.decimal(firstValue(row, "budget", "callBudget"));
        BigDecimal share =
            Labels.decimal(firstValue(row, "ratio", "share", "utilisation", "utilization"));
        if (share == null && requested != null && available != null && available.signum() > 0) {
          share = requested.divide(available, 4, java.math.RoundingMode.HALF_UP);
        }
        String label =
            programme != null && !programme.equals(call) ? programme + " – " + call : call;
        rows.add(
            new BudgetRow(
                label,
                Labels.euro(requested),
                Labels.euro(available),
                Labels.prozent(share),
                share != null && share.compareTo(BigDecimal.ONE) > 0));
      }
    }
    return rows;
  }

  private static String first(Map<?, ?> row, String... names) {
    Object value = firstValue(row, names);
    return value == null ? null : value.toString();
  }

  private static Object firstValue(Map<?, ?> row, String... names) {
    for (String name : names) {
      if (row.get(name) != null) {
        return row.get(name);
      }
    }
    return null;
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
