package de.foerderlotse.project.settlement.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of an application's compliance checklist.
 *
 * @param code stable identifier of the check, e.g. {@code OWN_CONTRIBUTION}
 * @param title German name of the check
 * @param figures the numbers the status was derived from, in a stable order
 * @param advice German advice for the municipal clerk
 */
public record ChecklistItem(
    String code, String title, CheckStatus status, Map<String, Object> figures, String advice) {

  public ChecklistItem {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }
}
