package de.foerderlotse.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;

/** What a dashboard needs for the caller's scope, one section per question. */
public record Dashboard(Scope scope, LocalDate from, LocalDate to, Map<String, Section> sections) {

  /** Whose data: the whole county, or one municipality. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Scope(boolean county, String ags) {}

  /**
   * One section: the owning service's answer ({@code data}, with {@code total} and {@code byKind}
   * where the answer is a page), or why it is missing ({@code error}); never both.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Section(
      String source, Long total, Map<String, Long> byKind, JsonNode data, SectionError error) {

    public static Section failed(String source, int status, String detail) {
      return new Section(source, null, null, null, new SectionError(status, detail));
    }
  }

  /** Why a section is missing; the rest of the dashboard is still answered. */
  public record SectionError(int status, String detail) {}
}
