package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.settlement.SettlementService;
import de.foerderlotse.project.settlement.domain.ProofKind;
import de.foerderlotse.project.settlement.domain.ProofOfUseSubmission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitted interim proofs (per budget year) and the final proof of use. */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
@Path("/api/applications/{id}/proof-submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class ProofSubmissionResource {

  public record ProofBody(
      @NotNull(message = "Bitte die Art angeben (INTERIM oder FINAL).") ProofKind kind,
      @Min(value = 1990, message = "Bitte ein gültiges Haushaltsjahr angeben.")
          @Max(value = 2200, message = "Bitte ein gültiges Haushaltsjahr angeben.")
          Integer budgetYear,
      @NotNull(message = "Bitte das Einreichungsdatum angeben.") LocalDate submittedOn) {}

  public record ProofResponse(
      UUID id, ProofKind kind, Integer budgetYear, LocalDate submittedOn, String recordedBy) {
    static ProofResponse of(ProofOfUseSubmission p) {
      return new ProofResponse(p.id, p.kind, p.budgetYear, p.submittedOn, p.recordedBy);
    }
  }

  private final SettlementService settlement;

  public ProofSubmissionResource(SettlementService settlement) {
    this.settlement = settlement;
  }

  @Operation(
      operationId = "recordProofSubmission",
      summary = "Record a proof submission",
      description = "Records a proof document handed in for the application; answers 201.")
  @POST
  public Response record(@PathParam("id") UUID id, @Valid @NotNull ProofBody body) {
    ProofOfUseSubmission proof =
        settlement.recordProof(id, body.kind(), body.budgetYear(), body.submittedOn());
    return Response.created(
            URI.create("/api/applications/" + id + "/proof-submissions/" + proof.id))
        .entity(ProofResponse.of(proof))
        .build();
  }

  @Operation(
      operationId = "listProofSubmissions",
      summary = "List proof submissions",
      description = "The proof documents recorded for the application.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<ProofResponse> list(@PathParam("id") UUID id) {
    return settlement.proofs(id).stream().map(ProofResponse::of).toList();
  }
}
