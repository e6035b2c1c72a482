package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.alert.Alert;
import de.foerderlotse.gateway.alert.AlertFeed;
import de.foerderlotse.gateway.security.RolePrecedence;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The live alert stream, served by the gateway itself (this path is more specific than the proxy's
 * {@code /api/{path}}, so it is never forwarded). Each caller sees only the alerts of its scope.
 */
@Tag(name = "alert-stream", description = "Live alerts as server-sent events")
@SecurityRequirement(name = "keycloak")
@Path("/api/alerts/stream")
public class AlertStreamResource {

  private final AlertFeed feed;
  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final ObjectMapper json;

  public AlertStreamResource(
      AlertFeed feed, SecurityIdentity identity, JsonWebToken token, ObjectMapper json) {
    this.feed = feed;
    this.identity = identity;
    this.token = token;
    this.json = json;
  }

  @Operation(
      operationId = "streamAlerts",
      summary = "Stream alerts",
      description =
          "Alerts in the caller's scope as server-sent events; resumes after Last-Event-ID.")
  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @HeaderParam("Last-Event-ID") String lastEventId) {
    Predicate<Alert> scope = callersScope();
    SseAlertSubscriber subscriber = new SseAlertSubscriber(sink, sse, scope, json);
    feed.subscribe(Optional.ofNullable(lastEventId).filter(id -> !id.isBlank()), subscriber);
    // Tells the client the stream is live: everything published from now on reaches it.
    subscriber.comment("verbunden");
  }

  /**
   * The narrowest scope wins, as platform's {@code Caller} rules: a municipality user sees only
   * what is addressed to the AGS in its token, even if it also holds the viewer role; only a
   * coordinator's county-wide scope outranks the municipality role.
   */
  private Predicate<Alert> callersScope() {
    if (RolePrecedence.municipalityScoped(identity)) {
      String ags = token.getClaim("ags");
      if (ags == null || ags.isBlank()) {
        throw new ForbiddenException();
      }
      return alert -> alert.addressedTo(ags);
    }
    if (RolePrecedence.countyWide(identity)) {
      return Alert::forCountyView;
    }
    throw new ForbiddenException();
  }
}
