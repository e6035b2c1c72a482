package de.foerderlotse.platform.problem;

import java.net.URI;

/** The kinds of problem the services report, with their HTTP status and German title. */
public enum ProblemKind {
  VALIDATION(400, "validation", "Ungültige Eingabe"),
  BAD_REQUEST(400, "bad-request", "Ungültige Anfrage"),
  UNAUTHORIZED(401, "unauthorized", "Anmeldung erforderlich"),
  FORBIDDEN(403, "forbidden", "Keine Berechtigung"),
  NOT_FOUND(404, "not-found", "Nicht gefunden"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Methode nicht erlaubt"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Format nicht lieferbar"),
  CONFLICT(409, "conflict", "Konflikt mit dem aktuellen Stand"),
  PRECONDITION_FAILED(412, "precondition-failed", "Vorbedingung nicht erfüllt"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Anfrage zu groß"),
  URI_TOO_LONG(414, "uri-too-long", "Adresse zu lang"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "Kopfzeilen zu groß"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Format nicht unterstützt"),
  UNPROCESSABLE(422, "unprocessable", "Fachlich nicht zulässig"),
  PRECONDITION_REQUIRED(428, "precondition-required", "Vorbedingung erforderlich"),
  INTERNAL(500, "internal", "Interner Fehler"),
  UNAVAILABLE(503, "unavailable", "Dienst vorübergehend nicht verfügbar");

  private final int status;
  private final URI type;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.type = URI.create("urn:foerderlotse:problem:" + slug);
    this.title = title;
  }

  public int status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** The kind for an HTTP status that no more specific rule mapped. */
  public static ProblemKind forStatus(int status) {
    for (ProblemKind kind : values()) {
      if (kind.status == status && kind != VALIDATION) {
        return kind;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
