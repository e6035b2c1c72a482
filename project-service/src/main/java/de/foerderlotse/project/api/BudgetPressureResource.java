package de.foerderlotse.project.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.service.scouting.BudgetPressure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Budget pressure per call for dashboards. Only aggregated figures, so municipalities may see every
 * call without learning another municipality's applications.
 */
@Path("/api/budget-pressure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class BudgetPressureResource {

  private final BudgetPressure pressure;

  public BudgetPressureResource(BudgetPressure pressure) {
    this.pressure = pressure;
  }

  @GET
  public List<BudgetPressure.CallPressure> list() {
    return pressure.overview();
  }
}
