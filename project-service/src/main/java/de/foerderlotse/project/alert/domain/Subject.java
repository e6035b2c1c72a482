package de.foerderlotse.project.alert.domain;

/** What an alert refers to, e.g. kind {@code APPLICATION}, {@code PROJECT}, {@code PROGRAMME}. */
public record Subject(String kind, String id, String title) {

  public static Subject application(Object id, String title) {
    return new Subject("APPLICATION", id.toString(), title);
  }

  public static Subject project(Object id, String title) {
    return new Subject("PROJECT", id.toString(), title);
  }

  public static Subject programme(Object id, String title) {
    return new Subject("PROGRAMME", id.toString(), title);
  }

  public static Subject call(Object id, String title) {
    return new Subject("CALL", id.toString(), title);
  }

  public static Subject conflict(Object id, String title) {
    return new Subject("CONFLICT", id.toString(), title);
  }

  public static Subject deadline(Object id, String title) {
    return new Subject("DEADLINE", id.toString(), title);
  }
}
