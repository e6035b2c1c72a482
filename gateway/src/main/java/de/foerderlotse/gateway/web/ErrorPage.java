package de.foerderlotse.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The German HTML error page of the web dashboard: pages never answer with JSON. */
@ApplicationScoped
public class ErrorPage {

  private final Template page;

  public ErrorPage(@Location("fehler") Template page) {
    this.page = page;
  }

  /** Whether a request path belongs to the web dashboard. */
  public static boolean isDashboard(String path) {
    return path != null && (path.equals("/ui") || path.startsWith("/ui/"));
  }

  public Response render(int status) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html(status))
        .build();
  }

  /** The page as text, for the HTTP layer that answers outside JAX-RS. */
  public String html(int status) {
    return page.data("titel", title(status)).data("text", text(status)).render();
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Ungültige Angabe";
      case 403 -> "Keine Berechtigung";
      case 404 -> "Seite nicht gefunden";
      default -> status >= 500 ? "Fehler" : "Anfrage nicht möglich";
    };
  }

  private static String text(int status) {
    return switch (status) {
      case 400 ->
          "Die Adresse enthält eine ungültige Angabe. Bitte über die Navigation neu aufrufen.";
      case 403 ->
          "Diese Aktion ist nicht möglich: Ihr Formular ist abgelaufen oder stammt nicht von dieser"
              + " Seite. Bitte die Seite neu laden und erneut absenden.";
      case 404 -> "Diese Seite gibt es nicht.";
      default ->
          status >= 500
              ? "Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert."
              : "Die Anfrage wurde abgelehnt.";
    };
  }
}
