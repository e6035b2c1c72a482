package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.settlement.ComplianceService;
import de.foerderlotse.project.settlement.domain.CheckStatus;
import de.foerderlotse.project.settlement.domain.ChecklistItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The settlement and compliance checklist of one application. */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
@Path("/api/applications/{id}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class ChecklistResource {

  /**
   * @param status the worst status of all items
   */
  public record ChecklistResponse(
      UUID applicationId, CheckStatus status, List<ChecklistItem> items) {}

  private final ComplianceService compliance;

  public ChecklistResource(ComplianceService compliance) {
    this.compliance = compliance;
  }

  @Operation(
      operationId = "getSettlementChecklist",
      summary = "Get the settlement checklist",
      description = "What is still missing before the proof of use can be submitted.")
  @GET
  public ChecklistResponse get(@PathParam("id") UUID id) {
    List<ChecklistItem> items = compliance.checklist(id);
    CheckStatus worst =
        items.stream()
            .map(ChecklistItem::status)
            .max(Comparator.naturalOrder())
            .orElse(CheckStatus.OK);
    return new ChecklistResponse(id, worst, items);
  }
}
