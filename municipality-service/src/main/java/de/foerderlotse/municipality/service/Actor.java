package de.foerderlotse.municipality.service;

/**
 * Who acts, reduced to what the tenant rules need.
 *
 * @param name login name for audit trails
 * @param ags the municipality a municipality user acts for; {@code null} for county-wide users
 * @param mayWrite whether the user may change anything (viewers only read)
 */
public record Actor(String name, String ags, boolean mayWrite) {

  public static Actor countyWide(String name, boolean mayWrite) {
    return new Actor(name, null, mayWrite);
  }

  public static Actor municipality(String name, String ags) {
    return new Actor(name, ags, true);
  }

  /** Acts for one municipality only; everything else must be invisible to it. */
  public boolean isMunicipality() {
    return ags != null;
  }
}
