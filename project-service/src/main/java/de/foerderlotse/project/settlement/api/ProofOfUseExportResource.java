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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The numerical proof of use of one application as CSV (machines) or PDF (people). */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
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

  @Operation(
      operationId = "exportProofOfUse",
      summary = "Export the proof of use",
      description = "The proof of use as CSV or PDF, chosen by the path's extension.")
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
