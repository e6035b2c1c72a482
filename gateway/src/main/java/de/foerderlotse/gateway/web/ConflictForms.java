package de.foerderlotse.gateway.web;

import de.foerderlotse.gateway.web.ServiceReader.Answer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The conflict actions of the web dashboard as plain HTML forms (work without JavaScript): each is
 * passed to project-service with the user's own token, which decides whether the user may; the page
 * is then shown again with the outcome (post/redirect/get).
 */
@Tag(name = "web-ui", description = "HTML pages and forms of the web dashboard")
@Path("/ui/aktionen/konflikte/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConflictForms {

  private static final Set<String> RESOLUTIONS =
      Set.of("JOINT_APPLICATION", "WITHDRAWN", "MERGED", "OTHER");

  private final WebUser user;
  private final ServiceReader services;
  private final CsrfTokens csrf;
  private final WebSigner signer;
  private final ErrorPage errors;

  public ConflictForms(
      WebUser user, ServiceReader services, CsrfTokens csrf, WebSigner signer, ErrorPage errors) {
    this.user = user;
    this.services = services;
    this.csrf = csrf;
    this.signer = signer;
    this.errors = errors;
  }

  @Operation(
      operationId = "acknowledgeConflictForm",
      summary = "Acknowledge a conflict (form)",
      description = "HTML form action of the web dashboard; redirects back to the conflict page.")
  @POST
  @Path("bestaetigen")
  public Response acknowledge(
      @PathParam("id") String id,
      @FormParam("kommentar") String comment,
      @FormParam(CsrfTokens.FIELD) String token) {
    if (!csrf.valid(user.subject(), token)) {
      return errors.render(403);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (comment != null && !comment.isBlank()) {
      body.put("comment", comment.strip());
    }
    return act(id, "acknowledge", body, "Der Konflikt ist als zur Kenntnis genommen markiert.");
  }

  @Operation(
      operationId = "commentOnConflictForm",
      summary = "Comment on a conflict (form)",
      description = "HTML form action of the web dashboard; redirects back to the conflict page.")
  @POST
  @Path("kommentieren")
  public Response comment(
      @PathParam("id") String id,
      @FormParam("text") String text,
      @FormParam(CsrfTokens.FIELD) String token) {
    if (!csrf.valid(user.subject(), token)) {
      return errors.render(403);
    }
    if (text == null || text.isBlank()) {
      return back(id, null, "Bitte einen Kommentar eingeben.");
    }
    return act(id, "comments", Map.of("text", text.strip()), "Ihr Kommentar wurde gespeichert.");
  }

  @Operation(
      operationId = "resolveConflictForm",
      summary = "Resolve a conflict (form)",
      description = "HTML form action of the web dashboard; redirects back to the conflict page.")
  @POST
  @Path("loesen")
  public Response resolve(
      @PathParam("id") String id,
      @FormParam("loesung") String resolution,
      @FormParam("begruendung") String reason,
      @FormParam(CsrfTokens.FIELD) String token) {
    if (!csrf.valid(user.subject(), token)) {
      return errors.render(403);
    }
    if (resolution == null || !RESOLUTIONS.contains(resolution)) {
      return back(id, null, "Bitte eine Lösung auswählen.");
    }
    if (reason == null || reason.isBlank()) {
      return back(id, null, "Bitte eine Begründung angeben.");
    }
    return act(
        id,
        "resolve",
        Map.of("resolution", resolution, "reason", reason.strip()),
        "Der Konflikt ist als gelöst markiert.");
  }

  @Operation(
      operationId = "dismissConflictForm",
      summary = "Dismiss a conflict (form)",
      description = "HTML form action of the web dashboard; redirects back to the conflict page.")
  @POST
  @Path("verwerfen")
  public Response dismiss(
      @PathParam("id") String id,
      @FormParam("begruendung") String reason,
      @FormParam(CsrfTokens.FIELD) String token) {
    if (!csrf.valid(user.subject(), token)) {
      return errors.render(403);
    }
    if (reason == null || reason.isBlank()) {
      return back(id, null, "Bitte eine Begründung angeben.");
    }
    return act(
        id,
        "dismiss",
        Map.of("reason", reason.strip()),
        "Der Konflikt ist verworfen (kein Duplikat).");
  }

  private Response act(String id, String action, Map<String, ?> body, String success) {
    if (!id.matches("[0-9a-fA-F-]{1,64}")) {
      return back("unbekannt", null, "Diesen Konflikt gibt es nicht.");
    }
    Answer answer = services.post(user.authorization(), "conflicts/" + id + "/" + action, body);
    return answer.ok() ? back(id, success, null) : back(id, null, answer.problem());
  }

  /** Back to the conflict page; the status text travels in a signed cookie, never in the URL. */
  private Response back(String id, String notice, String error) {
    Flash flash = error != null ? new Flash(true, error) : new Flash(false, notice);
    return Response.seeOther(UriBuilder.fromPath("/ui/konflikte/{id}").build(id))
        .cookie(flash.cookie(signer))
        .build();
  }
}
