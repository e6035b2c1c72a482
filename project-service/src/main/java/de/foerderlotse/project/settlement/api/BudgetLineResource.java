package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.settlement.SettlementService;
import de.foerderlotse.project.settlement.domain.BudgetLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The approved budget lines (Einzelansätze) of the financing plan in the grant notice. */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
@Path("/api/applications/{id}/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class BudgetLineResource {

  /** One line: a key expenses refer to, its name and the approved amount. */
  public record BudgetLineBody(
      @NotBlank(message = "Bitte den Schlüssel des Einzelansatzes angeben.")
          @Size(max = 40, message = "Höchstens 40 Zeichen.")
          String code,
      @NotBlank(message = "Bitte die Bezeichnung angeben.")
          @Size(max = 200, message = "Höchstens 200 Zeichen.")
          String label,
      @NotNull(message = "Bitte den bewilligten Betrag angeben.")
          @DecimalMin(value = "0.00", message = "Der Betrag darf nicht negativ sein.")
          @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
          BigDecimal approvedAmount) {}

  /** All lines at once; they replace the ones recorded before. */
  public record BudgetLinesBody(
      @NotNull(message = "Bitte die Einzelansätze angeben.")
          @Size(max = 100, message = "Höchstens 100 Einzelansätze.")
          List<@Valid @NotNull BudgetLineBody> lines) {}

  public record BudgetLineResponse(String code, String label, BigDecimal approvedAmount) {
    static BudgetLineResponse of(BudgetLine l) {
      return new BudgetLineResponse(l.code, l.label, l.approvedAmount);
    }
  }

  private final SettlementService settlement;

  public BudgetLineResource(SettlementService settlement) {
    this.settlement = settlement;
  }

  @Operation(
      operationId = "replaceBudgetLines",
      summary = "Replace the budget lines",
      description = "Sets the approved budget lines of an application.")
  @PUT
  public List<BudgetLineResponse> replace(
      @PathParam("id") UUID id, @Valid @NotNull BudgetLinesBody body) {
    return settlement
        .replaceBudgetLines(
            id,
            body.lines().stream()
                .map(
                    l ->
                        new SettlementService.NewBudgetLine(
                            l.code(), l.label(), l.approvedAmount()))
                .toList())
        .stream()
        .map(BudgetLineResponse::of)
        .toList();
  }

  @Operation(
      operationId = "listBudgetLines",
      summary = "List the budget lines",
      description = "The approved budget lines of an application.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<BudgetLineResponse> list(@PathParam("id") UUID id) {
    return settlement.budgetLines(id).stream().map(BudgetLineResponse::of).toList();
  }
}
