package de.foerderlotse.gateway.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The gateway's own copy of an alert on {@code project.alert.v1} (produced by project-service).
 * Unknown fields are ignored and times stay text, so a newer producer never breaks the stream.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alert(
    String id,
    String type,
    String severity,
    Addressees addressees,
    List<Subject> subjects,
    String message,
    String dedupKey,
    String createdAt) {

  /** Who the alert is meant for: municipalities by AGS, and/or the county's coordinators. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Addressees(List<String> municipalities, boolean county) {

    public Addressees {
      municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
  }

  /** What the alert is about, e.g. an application or a conflict. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Subject(String kind, String id, String title) {}

  public Alert {
    addressees = addressees == null ? new Addressees(List.of(), false) : addressees;
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** Whether a municipality user acting for {@code ags} may see this alert. */
  public boolean addressedTo(String ags) {
    return ags != null && addressees.municipalities().contains(ags);
  }

  /**
   * Whether a county-wide stream shows this alert: a conflict alerts each side and the county
   * separately, and the county sees only its own copy of those.
   */
  public boolean forCountyView() {
    return addressees.county() || type == null || !type.startsWith("CONFLICT_");
  }
}
