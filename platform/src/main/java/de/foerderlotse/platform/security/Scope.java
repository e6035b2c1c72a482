package de.foerderlotse.platform.security;

import java.util.Optional;

/**
 * What a caller may see and change: the whole county, or one municipality (by its AGS).
 *
 * @param ags the municipality the caller is confined to; {@code null} for the whole county
 * @param mayWrite whether a county-wide caller may change records (coordinators); a municipality
 *     user may change its own
 */
public record Scope(String ags, boolean mayWrite) {

  public static Scope county(boolean mayWrite) {
    return new Scope(null, mayWrite);
  }

  public static Scope municipality(String ags) {
    return new Scope(ags, true);
  }

  public boolean countyWide() {
    return ags == null;
  }

  /** The AGS the caller is confined to; empty for the county. */
  public Optional<String> confinedTo() {
    return Optional.ofNullable(ags);
  }
}
