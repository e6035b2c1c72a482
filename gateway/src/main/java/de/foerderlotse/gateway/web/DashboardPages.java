package de.foerderlotse.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.dashboard.Dashboard;
import de.foerderlotse.gateway.dashboard.DashboardService;
import de.foerderlotse.gateway.web.ServiceReader.Answer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The German web dashboard's pages, rendered on the server from the services' answers (asked with
 * the signed-in user's own token, so each service still decides what the user sees).
 */
@Tag(name = "web-ui", description = "HTML pages and forms of the web dashboard")
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

  private static final Set<String> CONFLICT_STATUSES =
      Set.of("OPEN", "ACKNOWLEDGED", "RESOLVED", "DISMISSED");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMANY);

  private final WebUser user;
  private final ServiceReader services;
  private final CsrfTokens csrf;
  private final WebSigner signer;
  private final DashboardService dashboards;
  private final ObjectMapper json;
  private final Template overview;
  private final Template deadlines;
  private final Template conflicts;
  private final Template conflict;
  private final Template programmes;
  private final Template municipality;

  public DashboardPages(
      WebUser user,
      ServiceReader services,
      CsrfTokens csrf,
      WebSigner signer,
      DashboardService dashboards,
      ObjectMapper json,
      @Location("uebersicht") Template overview,
      @Location("fristen") Template deadlines,
      @Location("konflikte") Template conflicts,
      @Location("konflikt") Template conflict,
      @Location("programme") Template programmes,
      @Location("kommune") Template municipality) {
    this.user = user;
    this.services = services;
    this.csrf = csrf;
    this.signer = signer;
    this.dashboards = dashboards;
    this.json = json;
    this.overview = overview;
    this.deadlines = deadlines;
    this.conflicts = conflicts;
    this.conflict = conflict;
    this.programmes = programmes;
    this.municipality = municipality;
  }

  @Operation(
      operationId = "showOverviewPage",
      summary = "Show the overview page",
      description = "HTML page of the web dashboard.")
  @GET
  public TemplateInstance overview(
      @QueryParam("tage") @DefaultValue("30") String days, @QueryParam("ags") String ags) {
    int window = Math.max(1, Math.min(366, number(days)));
    String narrowTo = user.isCounty() && ags != null && ags.matches("\\d{8}") ? ags : null;
    Dashboard.Scope scope =
        user.isCounty()
            ? new Dashboard.Scope(narrowTo == null, narrowTo)
            : new Dashboard.Scope(false, user.ags());
    Dashboard dashboard =
        dashboards.assemble(user.authorization(), scope, narrowTo, today(), window, "de");
    return page(overview, "uebersicht")
        .data("o", Overview.of(dashboard, window, json))
        .data("ags", narrowTo == null ? "" : narrowTo);
  }

  @Operation(
      operationId = "showDeadlinesPage",
      summary = "Show the deadlines page",
      description = "HTML page of the web dashboard.")
  @GET
  @Path("fristen")
  public TemplateInstance deadlines(@QueryParam("tage") @DefaultValue("90") String days) {
    int window = Math.max(1, Math.min(366, number(days)));
    LocalDate today = today();
    Answer open =
        services.get(
            user.authorization(),
            "deadlines?status=OPEN&dueFrom="
                + today
                + "&dueTo="
                + today.plusDays(window)
                + "&size=500");
    Answer missed = services.get(user.authorization(), "deadlines?status=MISSED&size=500");
    return page(deadlines, "fristen")
        .data("tage", window)
        .data("offen", open)
        .data("monate", byMonth(open))
        .data("versaeumt", missed);
  }

  @Operation(
      operationId = "showConflictsPage",
      summary = "Show the conflicts page",
      description = "HTML page of the web dashboard.")
  @GET
  @Path("konflikte")
  public TemplateInstance conflicts(@QueryParam("status") @DefaultValue("OPEN") String status) {
    String chosen = CONFLICT_STATUSES.contains(status) ? status : "OPEN";
    Answer list = services.get(user.authorization(), "conflicts?status=" + chosen + "&size=100");
    return page(conflicts, "konflikte").data("status", chosen).data("liste", list);
  }

  @Operation(
      operationId = "showConflictPage",
      summary = "Show one conflict's page",
      description = "HTML page of the web dashboard.")
  @GET
  @Path("konflikte/{id}")
  public Response conflict(
      @PathParam("id") String id, @CookieParam(Flash.COOKIE) String flashCookie) {
    String safeId = id.matches("[0-9a-fA-F-]{1,64}") ? id : "unbekannt";
    Answer answer = services.get(user.authorization(), "conflicts/" + safeId);
    Optional<Flash> flash = Flash.read(flashCookie, signer);
    TemplateInstance page =
        page(conflict, "konflikte")
            .data("k", answer)
            .data("eigeneSeite", ownSide(answer))
            .data("csrf", csrf.tokenFor(user.subject()))
            .data("meldung", flash.filter(f -> !f.error()).map(Flash::text).orElse(null))
            .data("fehler", flash.filter(Flash::error).map(Flash::text).orElse(null));
    Response.ResponseBuilder response = Response.ok(page);
    return flashCookie == null ? response.build() : response.cookie(Flash.cleared()).build();
  }

  @Operation(
      operationId = "showProgrammesPage",
      summary = "Show the programmes page",
      description = "HTML page of the web dashboard.")
  @GET
  @Path("programme")
  public TemplateInstance programmes(
      @QueryParam("q") @DefaultValue("") String text, @QueryParam("offen") boolean openOnly) {
    String query =
        text.isBlank()
            ? "programmes?size=50&sort=nextDeadline"
            : "programmes?size=50&q=" + encode(text.strip());
    if (openOnly) {
      query += "&status=OPEN";
    }
    return page(programmes, "programme")
        .data("q", text)
        .data("offen", openOnly)
        .data("treffer", services.get(user.authorization(), query));
  }

  @Operation(
      operationId = "showMunicipalityPage",
      summary = "Show the municipality page",
      description = "HTML page of the web dashboard.")
  @GET
  @Path("kommune")
  public TemplateInstance municipality(@QueryParam("ags") String requested) {
    String ags = user.isCounty() ? requested : user.ags();
    Answer municipalities = services.get(user.authorization(), "municipalities");
    if (ags == null || !ags.matches("\\d{8}")) {
      return page(municipality, "kommune")
          .data("ags", "")
          .data("kommunen", municipalities)
          .data("kommune", null)
          .data("projekte", null)
          .data("antraege", null);
    }
    // A municipality user's scope comes from its token at each service; county users narrow by ags.
    String filter = user.isCounty() ? "&ags=" + ags : "";
    return page(municipality, "kommune")
        .data("ags", ags)
        .data("kommunen", municipalities)
        .data("kommune", services.get(user.authorization(), "municipalities/" + ags))
        .data("projekte", services.get(user.authorization(), "projects?size=200" + filter))
        .data("antraege", services.get(user.authorization(), "applications?size=200" + filter));
  }

  private TemplateInstance page(Template template, String current) {
    return template.data("nutzer", Viewer.of(user)).data("seite", current);
  }

  /** Whether the signed-in municipality is one of the conflict's sides (it may then act on it). */
  private boolean ownSide(Answer answer) {
    if (!answer.ok() || !(answer.data() instanceof Map<?, ?> c) || user.ags() == null) {
      return false;
    }
    if (c.get("sides") instanceof List<?> sides) {
      for (Object side : sides) {
        if (side instanceof Map<?, ?> s && user.ags().equals(s.get("municipalityAgs"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Deadlines grouped by month of their due date, for the timeline. */
  private static List<Map<String, Object>> byMonth(Answer deadlines) {
    Map<String, List<Object>> months = new LinkedHashMap<>();
    deadlines.items().stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .sorted(
            (a, b) -> String.valueOf(a.get("dueDate")).compareTo(String.valueOf(b.get("dueDate"))))
        .forEach(
            d -> {
              String due = String.valueOf(d.get("dueDate"));
              String month =
                  due.length() >= 7
                      ? YearMonth.parse(due.substring(0, 7)).format(MONTH)
                      : "ohne Datum";
              months.computeIfAbsent(month, m -> new ArrayList<>()).add(d);
            });
    List<Map<String, Object>> result = new ArrayList<>();
    months.forEach((month, items) -> result.add(Map.of("monat", month, "fristen", items)));
    return result;
  }

  /** A number from the address; anything else is a 400, shown as the German error page. */
  private static int number(String text) {
    if (text == null || !text.strip().matches("-?\\d{1,6}")) {
      throw new BadRequestException("tage");
    }
    return Integer.parseInt(text.strip());
  }

  private static LocalDate today() {
    return LocalDate.now(Labels.COUNTY_ZONE);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
