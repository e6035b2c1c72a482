package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.ProgrammeChange;
import de.foerderlotse.funding.service.ProgrammeHistory;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The field-level change history of a programme, newest first. */
@Tag(name = "programme-history", description = "Change history of funding programmes")
@Path("/api/programmes/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

  private final ProgrammeHistory history;

  public HistoryResource(ProgrammeHistory history) {
    this.history = history;
  }

  /**
   * @param field only changes of this field, or of the fields below it ({@code calls}, {@code
   *     ruleSet})
   */
  @Operation(
      operationId = "listProgrammeHistory",
      summary = "List the changes of a programme",
      description = "The programme's recorded changes, one page at a time.")
  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Page<Entry> list(
      @PathParam("id") UUID id,
      @QueryParam("field") String field,
      @Valid @BeanParam PageParams paging) {
    ProgrammeHistory.HistoryPage result = history.query(id, field, paging.page(), paging.size());
    return new Page<>(
        result.entries().stream().map(Entry::of).toList(),
        paging.page(),
        paging.size(),
        result.total());
  }

  /** One changed field: who changed it when, from what to what, producing which version. */
  public record Entry(
      long version,
      String field,
      String oldValue,
      String newValue,
      Instant changedAt,
      String changedBy) {

    static Entry of(ProgrammeChange c) {
      return new Entry(c.version, c.field, c.oldValue, c.newValue, c.changedAt, c.changedBy);
    }
  }
}
