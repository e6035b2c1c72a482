package de.foerderlotse.gateway.web;

import io.quarkus.qute.TemplateData;

/** Who is looking at a page, as the page header and the action forms need it. */
@TemplateData
public record Viewer(
    String name,
    String roleLabel,
    boolean coordinator,
    boolean county,
    boolean municipality,
    String ags) {

  static Viewer of(WebUser user) {
    return new Viewer(
        user.displayName(),
        user.roleLabel(),
        user.isCoordinator(),
        user.isCounty(),
        user.isMunicipality(),
        user.ags());
  }
}
