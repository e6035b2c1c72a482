package de.foerderlotse.project.common;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Keeps tenants apart: a municipality user sees and changes only what belongs to the AGS in its
 * token; another municipality's records look as if they did not exist.
 */
@RequestScoped
public class Tenancy {

  private final Caller caller;

  public Tenancy(Caller caller) {
    this.caller = caller;
  }

  /** The AGS the caller is confined to; empty for county-wide roles ({@link Caller#scope()}). */
  public Optional<String> confinedTo() {
    return caller.scope().confinedTo();
  }

  /** Whether the caller may see a record of {@code ags}. */
  public boolean maysee(String ags) {
    return confinedTo().map(own -> own.equals(ags)).orElse(true);
  }

  /** Refuses (403) a request body that names another municipality than the caller's own. */
  public void requireOwnAgs(String statedAgs) {
    Optional<String> own = confinedTo();
    if (statedAgs != null && own.isPresent() && !own.get().equals(statedAgs)) {
      throw DomainException.forbidden("Sie können nur für Ihre eigene Kommune handeln.");
    }
  }

  /** The AGS filter a query must use: the caller's own, or the requested one for the county. */
  public Optional<String> filterAgs(String requested) {
    Optional<String> own = confinedTo();
    if (own.isPresent()) {
      requireOwnAgs(requested);
      return own;
    }
    return Optional.ofNullable(requested).filter(a -> !a.isBlank());
  }

  public String who() {
    return caller.name();
  }
}
