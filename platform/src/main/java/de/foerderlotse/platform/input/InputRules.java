package de.foerderlotse.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The limits every text and date a service accepts must keep, wherever it comes from. */
public final class InputRules {

  /** Earliest year a date may have; nothing in funding management happens earlier. */
  public static final int MIN_YEAR = 1900;

  /** Latest year a date may have; PostgreSQL and ISO 8601 without sign both stop here. */
  public static final int MAX_YEAR = 9999;

  public static final String NUL_REASON = "darf keine Steuerzeichen (NUL) enthalten";
  public static final String YEAR_REASON =
      "muss ein Datum zwischen den Jahren " + MIN_YEAR + " und " + MAX_YEAR + " sein";

  private InputRules() {}

  public static boolean hasNul(String text) {
    return text != null && text.indexOf('\u0000') >= 0;
  }

  /** Whether the date or time lies in the accepted years; null counts as fine. */
  public static boolean yearInRange(Object value) {
    Integer year = yearOf(value);
    return year == null || (year >= MIN_YEAR && year <= MAX_YEAR);
  }

  private static Integer yearOf(Object value) {
    if (value instanceof LocalDate date) {
      return date.getYear();
    }
    if (value instanceof LocalDateTime time) {
      return time.getYear();
    }
    if (value instanceof OffsetDateTime time) {
      return time.getYear();
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).getYear();
    }
    return null;
  }
}
