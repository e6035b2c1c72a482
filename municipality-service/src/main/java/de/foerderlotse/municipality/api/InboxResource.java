package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.service.InboxFilter;
import de.foerderlotse.municipality.service.InboxService;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each municipality's inbox of alerts and advice. Municipality users see their own inbox only;
 * coordinators every inbox (the county's own under the county AGS); viewers read.
 */
@Tag(name = "inbox", description = "A municipality's inbox of notices and alerts")
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  private final InboxService inbox;
  private final Caller caller;

  public InboxResource(InboxService inbox, Caller caller) {
    this.inbox = inbox;
    this.caller = caller;
  }

  @Operation(
      operationId = "listInboxItems",
      summary = "List inbox items",
      description =
          "The caller's inbox items, one page at a time; filterable by municipality, type, severity, read and acknowledged.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Page<InboxItemResponse> list(
      @QueryParam("ags") @Pattern(regexp = Ags.REGEX, message = "muss aus 8 Ziffern bestehen")
          String ags,
      @QueryParam("type") @Pattern(regexp = "[A-Za-z_]{1,60}", message = "ungültiger Typ")
          String type,
      @QueryParam("severity")
          @Pattern(regexp = "[A-Za-z_]{1,20}", message = "ungültige Dringlichkeit")
          String severity,
      @QueryParam("read") Boolean read,
      @QueryParam("acknowledged") Boolean acknowledged,
      @Valid @BeanParam PageParams paging) {
    InboxFilter filter = new InboxFilter(ags, type, severity, read, acknowledged);
    return inbox
        .list(Actors.of(caller), filter, paging.page(), paging.size())
        .map(InboxItemResponse::of);
  }

  @Operation(
      operationId = "getInboxItem",
      summary = "Get one inbox item",
      description = "One item of the caller's inbox.")
  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public InboxItemResponse get(@PathParam("id") UUID id) {
    return InboxItemResponse.of(inbox.get(Actors.of(caller), id));
  }

  @Operation(
      operationId = "markInboxItemRead",
      summary = "Mark an inbox item read",
      description = "Marks the item as read.")
  @POST
  @Path("{id}/read")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public InboxItemResponse markRead(@PathParam("id") UUID id) {
    return InboxItemResponse.of(inbox.markRead(Actors.of(caller), id));
  }

  @Operation(
      operationId = "markInboxItemUnread",
      summary = "Mark an inbox item unread",
      description = "Marks the item as unread again.")
  @POST
  @Path("{id}/unread")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public InboxItemResponse markUnread(@PathParam("id") UUID id) {
    return InboxItemResponse.of(inbox.markUnread(Actors.of(caller), id));
  }

  @Operation(
      operationId = "acknowledgeInboxItem",
      summary = "Acknowledge an inbox item",
      description = "Records that the municipality has taken note of the item.")
  @POST
  @Path("{id}/acknowledge")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public InboxItemResponse acknowledge(@PathParam("id") UUID id) {
    return InboxItemResponse.of(inbox.acknowledge(Actors.of(caller), id));
  }
}
