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

/**
 * The conflict actions of the web dashboard as plain HTML forms (work without JavaScript): each is
 * passed to project-service with the user's own token, which decides whether the user may; the page
 * is then shown again with the outcome (post/redirect/get).
 */
@Path("/ui/aktionen/konflikte/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConflictForms {

  private static final Set<String> RESOLUTIONS =
      Set.of("JOINT_APPLICATION", "WITHDRAWN", "MERGED", "OTHER");

  private final WebUser user;
  private final ServiceReader services;

  public ConflictForms(WebUser user, ServiceReader services) {
    this.user = user;
    this.services = services;
  }

  @POST
  @Path("bestaetigen")
  public Response acknowledge(@PathParam("id") String id, @FormParam("kommentar") String comment) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (comment != null && !comment.isBlank()) {
      body.put("comment", comment.strip());
    }
    return act(id, "acknowledge", body, "Der Konflikt ist als zur Kenntnis genommen markiert.");
  }

  @POST
  @Path("kommentieren")
  public Response comment(@PathParam("id") String id, @FormParam("text") String text) {
    if (text == null || text.isBlank()) {
      return back(id, null, "Bitte einen Kommentar eingeben.");
    }
    return act(id, "comments", Map.of("text", text.strip()), "Ihr Kommentar wurde gespeichert.");
  }

  @POST
  @Path("loesen")
  public Response resolve(
      @PathParam("id") String id,
      @FormParam("loesung") String resolution,
      @FormParam("begruendung") String reason) {
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

  @POST
  @Path("verwerfen")
  public Response dismiss(@PathParam("id") String id, @FormParam("begruendung") String reason) {
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

  private static Response back(String id, String notice, String error) {
    UriBuilder target = UriBuilder.fromPath("/ui/konflikte/{id}");
    if (notice != null) {
      target.queryParam("meldung", notice);
    }
    if (error != null) {
      target.queryParam("fehler", error);
    }
    return Response.seeOther(target.build(id)).build();
  }
}
