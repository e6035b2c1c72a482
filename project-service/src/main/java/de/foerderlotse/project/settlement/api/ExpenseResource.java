package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.settlement.SettlementService;
import de.foerderlotse.project.settlement.domain.CostCategory;
import de.foerderlotse.project.settlement.domain.Expense;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expenses (Ausgaben) of a granted application, the basis of the proof of use. */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
@Path("/api/applications/{id}/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class ExpenseResource {

  /** One expense as the municipality books it. */
  public record ExpenseBody(
      @NotNull(message = "Bitte das Rechnungsdatum angeben.") LocalDate invoiceDate,
      @NotNull(message = "Bitte den Betrag angeben.")
          @DecimalMin(value = "0.01", message = "Der Betrag muss positiv sein.")
          @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
          BigDecimal amount,
      @NotNull(message = "Bitte die Kostenart angeben.") CostCategory costCategory,
      @NotBlank(message = "Bitte den Gegenstand der Ausgabe angeben.")
          @Size(max = 300, message = "Höchstens 300 Zeichen.")
          String description,
      LocalDate paidOn,
      @Size(max = 200, message = "Höchstens 200 Zeichen.") String procurementReference,
      LocalDate contractDate,
      @Size(max = 40, message = "Höchstens 40 Zeichen.") String budgetLine,
      @Size(max = 100, message = "Höchstens 100 Zeichen.") String contractReference) {

    Expense.Details details() {
      return new Expense.Details(
          invoiceDate,
          amount,
          costCategory,
          description,
          paidOn,
          procurementReference,
          contractDate,
          budgetLine,
          contractReference);
    }
  }

  /** A recorded expense. */
  public record ExpenseResponse(
      UUID id,
      UUID applicationId,
      LocalDate invoiceDate,
      BigDecimal amount,
      CostCategory costCategory,
      String costCategoryLabel,
      String description,
      LocalDate paidOn,
      String procurementReference,
      LocalDate contractDate,
      String budgetLine,
      String contractReference,
      String recordedBy) {
    static ExpenseResponse of(Expense e) {
      return new ExpenseResponse(
          e.id,
          e.applicationId,
          e.invoiceDate,
          e.amount,
          e.costCategory,
          e.costCategory.label(),
          e.description,
          e.paidOn,
          e.procurementReference,
          e.contractDate,
          e.budgetLine,
          e.contractReference,
          e.recordedBy);
    }
  }

  private final SettlementService settlement;

  public ExpenseResource(SettlementService settlement) {
    this.settlement = settlement;
  }

  @Operation(
      operationId = "recordExpense",
      summary = "Record an expense",
      description = "Records an expense against a budget line; answers 201.")
  @POST
  public Response record(@PathParam("id") UUID id, @Valid @NotNull ExpenseBody body) {
    Expense expense = settlement.recordExpense(id, body.details());
    return Response.created(URI.create("/api/applications/" + id + "/expenses/" + expense.id))
        .entity(ExpenseResponse.of(expense))
        .build();
  }

  @Operation(
      operationId = "listExpenses",
      summary = "List expenses",
      description = "The recorded expenses of an application.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<ExpenseResponse> list(@PathParam("id") UUID id) {
    return settlement.expenses(id).stream().map(ExpenseResponse::of).toList();
  }

  @Operation(
      operationId = "deleteExpense",
      summary = "Delete an expense",
      description = "Deletes a recorded expense.")
  @DELETE
  @Path("{expenseId}")
  public Response delete(@PathParam("id") UUID id, @PathParam("expenseId") UUID expenseId) {
    settlement.deleteExpense(id, expenseId);
    return Response.noContent().build();
  }
}
