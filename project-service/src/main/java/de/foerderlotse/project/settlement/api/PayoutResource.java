package de.foerderlotse.project.settlement.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.settlement.PayoutService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payout requests (Mittelabrufe) of an approved application. */
@Tag(
    name = "settlement",
    description = "Budget lines, expenses, payouts and proof of use of funded applications")
@Path("/api/applications/{id}/payouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class PayoutResource {

  /** Money drawn: how much, when it arrived and, optionally, which recorded expenses it is for. */
  public record PayoutRequestBody(
      @NotNull(message = "Bitte den Betrag angeben.")
          @DecimalMin(value = "0.01", message = "Der Betrag muss positiv sein.")
          @Digits(integer = 12, fraction = 2, message = "Höchstens zwei Nachkommastellen.")
          BigDecimal amount,
      @NotNull(message = "Bitte das Eingangsdatum angeben.") LocalDate receivedOn,
      @Size(max = 500, message = "Höchstens 500 Ausgaben je Mittelabruf.")
          Set<@NotNull(message = "Bitte nur Kennungen erfasster Ausgaben angeben.") UUID>
              expenseIds) {}

  /** A recorded payout request. */
  public record PayoutResponse(
      UUID id,
      UUID applicationId,
      BigDecimal amount,
      LocalDate receivedOn,
      List<UUID> expenseIds,
      String recordedBy) {
    static PayoutResponse of(PayoutRequest p) {
      return new PayoutResponse(
          p.id,
          p.applicationId,
          p.amount,
          p.receivedOn,
          p.expenseIds.stream().sorted().toList(),
          p.recordedBy);
    }
  }

  private final PayoutService payouts;

  public PayoutResource(PayoutService payouts) {
    this.payouts = payouts;
  }

  @Operation(
      operationId = "recordPayout",
      summary = "Record a payout request",
      description = "Records a request for payout of funds; answers 201.")
  @POST
  public Response record(@PathParam("id") UUID id, @Valid @NotNull PayoutRequestBody body) {
    PayoutRequest payout = payouts.record(id, body.amount(), body.receivedOn(), body.expenseIds());
    return Response.created(URI.create("/api/applications/" + id + "/payouts/" + payout.id))
        .entity(PayoutResponse.of(payout))
        .build();
  }

  @Operation(
      operationId = "listPayouts",
      summary = "List payout requests",
      description = "The payout requests of an application.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<PayoutResponse> list(@PathParam("id") UUID id) {
    return payouts.list(id).stream().map(PayoutResponse::of).toList();
  }
}
