package de.foerderlotse.municipality.domain;

import java.util.regex.Pattern;

/** The official municipality key (Amtlicher Gemeindeschlüssel): eight digits. */
public final class Ags {

  /** Regular expression of a well-formed AGS, for request validation. */
  public static final String REGEX = "\\d{8}";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private Ags() {}

  public static boolean isValid(String ags) {
    return ags != null && PATTERN.matcher(ags).matches();
  }

  /** The key of the county (Kreis) a municipality belongs to: its first five digits, then 000. */
  public static String countyOf(String ags) {
    return ags.substring(0, 5) + "000";
  }
}
