package de.foerderlotse.project.budget.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.budget.BudgetPressure;
import de.foerderlotse.project.common.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Budget pressure per call for dashboards. Without {@code ags} only aggregated figures, so
 * municipalities may see every call without learning another municipality's applications; with
 * {@code ags} the calls that municipality applies to, with its own demand beside the county's.
 */
@Tag(name = "budget-pressure", description = "How much of each programme's budget is applied for")
@Path("/api/budget-pressure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class BudgetPressureResource {

  private final BudgetPressure pressure;
  private final Tenancy tenancy;

  public BudgetPressureResource(BudgetPressure pressure, Tenancy tenancy) {
    this.pressure = pressure;
    this.tenancy = tenancy;
  }

  /**
   * @param ags narrows to one municipality; a municipality user may name only its own (else 403)
   */
  @Operation(
      operationId = "listBudgetPressure",
      summary = "List budget pressure per programme",
      description =
          "Requested and approved sums against each programme's budget; narrowed to one municipality with ags.")
  @GET
  public List<?> list(@QueryParam("ags") String ags) {
    Optional<String> narrowed =
        ags == null || ags.isBlank() ? Optional.empty() : tenancy.filterAgs(ags);
    if (narrowed.isPresent()) {
      return pressure.overviewFor(narrowed.get());
    }
    return pressure.overview();
  }
}
