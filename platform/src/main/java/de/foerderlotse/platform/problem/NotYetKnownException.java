package de.foerderlotse.platform.problem;

/**
 * A request names something this service's read model has not taken over from its owner yet (the
 * event is on its way). Answered 409 with {@code Retry-After}, so clients wait and retry instead of
 * reading it as a wrong id.
 */
public class NotYetKnownException extends RuntimeException {

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 2;

  /**
   * @param what German name with its id, e.g. {@code "Das Projekt 0b6…"}
   */
  public NotYetKnownException(String what) {
    super(
        what
            + " ist hier noch nicht übernommen (die Änderung ist unterwegs), bitte gleich erneut"
            + " versuchen.");
  }
}
