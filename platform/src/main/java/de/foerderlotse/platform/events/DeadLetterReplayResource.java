package de.foerderlotse.platform.events;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Coordinators hand dead-lettered records back to the consumer that refused them, at most {@value
 * #MAX} per call; each replay is audited.
 */
@Tag(
    name = "dead-letter-admin",
    description = "Records a consumer refused, handed back to it by coordinators")
@Path("/api/admin/dead-letters/{topic}/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.COORDINATOR)
public class DeadLetterReplayResource {

  static final int MAX = 500;

  /** The outcome of one call. */
  public record Report(int replayed, List<DeadLetterReplay.Replayed> records) {}

  private final DeadLetterReplay replay;
  private final Caller caller;

  public DeadLetterReplayResource(DeadLetterReplay replay, Caller caller) {
    this.replay = replay;
    this.caller = caller;
  }

  @Operation(
      operationId = "replayDeadLetters",
      summary = "Replay dead-lettered records",
      description =
          "Hands up to max records of the dead-letter topic back to the consumer that refused"
              + " them, each once, at its original position; every record is audited with its"
              + " outcome.")
  @POST
  public Report replay(
      @PathParam("topic") String topic, @QueryParam("max") @DefaultValue("50") int max) {
    if (max < 1 || max > MAX) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST, "max muss zwischen 1 und " + MAX + " liegen.");
    }
    List<DeadLetterReplay.Replayed> records = replay.replay(topic, max, caller.name());
    return new Report(records.size(), records);
  }
}
