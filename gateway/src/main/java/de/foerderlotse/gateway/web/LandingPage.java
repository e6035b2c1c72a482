package de.foerderlotse.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The open start page: where a visitor signs in, and where signing out ends. */
@Path("/")
public class LandingPage {

  private final Template start;

  public LandingPage(@Location("start") Template start) {
    this.start = start;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance start() {
    return start.instance();
  }
}
