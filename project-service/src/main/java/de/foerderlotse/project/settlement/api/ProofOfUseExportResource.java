package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.deadline.DeadlineConfig;
import de.foerderlotse.project.settlement.ComplianceService;
import de.foerderlotse.project.settlement.domain.ProofOfUseStatement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The numerical proof of use of one application as CSV (machines) or PDF (people). */
@Path("/api/applications/{id}/proof-of-use.{format: csv|pdf}")
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class ProofOfUseExportResource {

  private final ComplianceService compliance;
  private final DeadlineConfig deadlines;
  private final Clock clock;

  public ProofOfUseExportResource(
      ComplianceService compliance, DeadlineConfig deadlines, Clock clock) {
    this.compliance = compliance;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @GET
  @Produces({"text/csv", "application/pdf"})
  public Response export(@PathParam("id") UUID id, @PathParam("format") String format) {
    ProofOfUseStatement statement = compliance.statement(id);
    Response.ResponseBuilder response =
        "pdf".equals(format)
            ? Response.ok(
                ProofOfUsePdf.write(statement, LocalDate.now(clock.withZone(deadlines.zone()))),
                "application/pdf")
            : Response.ok(ProofOfUseCsv.write(statement), "text/csv; charset=UTF-8");
    return response.header("Content-Disposition", attachment(id, format)).build();
  }

  private static String attachment(UUID id, String ext) {
    return "attachment; filename=\"" + ProofOfUseCsv.filename(id, ext) + "\"";
  }
}
