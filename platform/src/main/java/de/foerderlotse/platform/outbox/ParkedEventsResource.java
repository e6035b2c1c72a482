package de.foerderlotse.platform.outbox;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Coordinators see, retry and drop outbox rows the relay parked. */
@Tag(
    name = "outbox-admin",
    description = "Events the outbox relay could not publish, for coordinators")
@Path("/api/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.COORDINATOR)
public class ParkedEventsResource {

  private final ParkedEvents parked;
  private final Caller caller;

  public ParkedEventsResource(ParkedEvents parked, Caller caller) {
    this.parked = parked;
    this.caller = caller;
  }

  @Operation(
      operationId = "listParkedEvents",
      summary = "List parked outbox events",
      description = "Outbox rows the relay parked after repeated failures, with the reason.")
  @GET
  public List<ParkedEvents.Parked> list() {
    return parked.list();
  }

  @Operation(
      operationId = "retryParkedEvent",
      summary = "Retry a parked outbox event",
      description = "Puts the parked row back into the relay's queue.")
  @POST
  @Path("/{seq}/retry")
  public ParkedEvents.Parked retry(@PathParam("seq") long seq) {
    return parked.retry(seq, caller.name()).orElseThrow(() -> notParked(seq));
  }

  @Operation(
      operationId = "dropParkedEvent",
      summary = "Drop a parked outbox event",
      description = "Drops the parked row for good; the drop is logged with the caller.")
  @DELETE
  @Path("/{seq}")
  public ParkedEvents.Parked drop(@PathParam("seq") long seq) {
    return parked.drop(seq, caller.name()).orElseThrow(() -> notParked(seq));
  }

  private static DomainException notParked(long seq) {
    return new DomainException(
        ProblemKind.NOT_FOUND, "Kein geparktes Ereignis mit der Nummer " + seq + ".");
  }
}
