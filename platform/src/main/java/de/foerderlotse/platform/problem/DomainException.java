package de.foerderlotse.platform.problem;

/**
 * A rule of the domain said no. Domain code throws it without knowing HTTP; the problem mapper
 * turns its kind into the status.
 */
public class DomainException extends RuntimeException {

  private final ProblemKind kind;

  public DomainException(ProblemKind kind, String detail) {
    super(detail);
    this.kind = kind;
  }

  public ProblemKind kind() {
    return kind;
  }

  public static DomainException notFound(String what, Object id) {
    return new DomainException(ProblemKind.NOT_FOUND, what + " " + id + " gibt es nicht.");
  }

  public static DomainException conflict(String detail) {
    return new DomainException(ProblemKind.CONFLICT, detail);
  }

  /**
   * The change names a version of {@code what} that is no longer current (412, as for a stale
   * {@code If-Match}).
   */
  public static DomainException staleVersion(String what, long current, long expected) {
    return new DomainException(
        ProblemKind.PRECONDITION_FAILED,
        what
            + " wurde inzwischen geändert (Version "
            + current
            + ", erwartet "
            + expected
            + "). Bitte neu laden und die Änderung erneut anwenden.");
  }

  public static DomainException unprocessable(String detail) {
    return new DomainException(ProblemKind.UNPROCESSABLE, detail);
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(ProblemKind.FORBIDDEN, detail);
  }
}
