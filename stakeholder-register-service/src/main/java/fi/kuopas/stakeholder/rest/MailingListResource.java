package fi.kuopas.stakeholder.rest;

import fi.kuopas.stakeholder.mapping.StakeholderMapping;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ExportRow;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MailingListRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MailingListView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MemberRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MemberView;
import fi.kuopas.stakeholder.service.MailingListService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mailing lists and their export. The export never contains a suppressed, withdrawn or restricted person. */
@Path("/api/v1/mailing-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailing lists", description = "Newsletter, event-invitation and contract-communication lists")
@RolesAllowed(Roles.STAKEHOLDER_RELATIONS)
public class MailingListResource {

    private final MailingListService lists;

    public MailingListResource(MailingListService lists) {
        this.lists = lists;
    }

    @POST
    @Operation(operationId = "createMailingList", summary = "Create a list; its purpose fixes its legal basis")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MailingListView.class)))
    public Response create(@NotNull @Valid MailingListRequest request) {
        MailingListView created = StakeholderMapping.of(lists.create(StakeholderMapping.mailingList(request)));
        return Response.created(URI.create("/api/v1/mailing-lists/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listMailingLists", summary = "Every mailing list with its member count")
    public List<MailingListView> list() {
        return lists.list().stream().map(StakeholderMapping::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMailingList", summary = "One mailing list")
    public MailingListView get(@PathParam("id") UUID id) {
        return StakeholderMapping.of(lists.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMailingList", summary = "Rename or redescribe a list (optimistic locking: version or If-Match)")
    public MailingListView update(@PathParam("id") UUID id, @NotNull @Valid MailingListRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return StakeholderMapping.of(lists.update(id, StakeholderMapping.mailingList(request),
                Versions.expected(request.version(), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMailingList", summary = "Remove a list and its memberships")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id) {
        lists.delete(id);
    }

    @POST
    @Path("/{id}/members")
    @Operation(operationId = "addMailingListMember",
            summary = "Add a contact person (409 if suppressed or already a member, 422 if a consent list lacks consent)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Consent required or no email address")
    public Response addMember(@PathParam("id") UUID id, @NotNull @Valid MemberRequest request) {
        return Response.status(201).entity(StakeholderMapping.member(lists.addMember(id, request.contactPersonId()))).build();
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listMailingListMembers", summary = "Members of a list (restricted persons are left out)")
    public List<MemberView> members(@PathParam("id") UUID id) {
        return lists.members(id).stream().map(StakeholderMapping::member).toList();
    }

    @DELETE
    @Path("/{id}/members/{contactPersonId}")
    @Operation(operationId = "removeMailingListMember", summary = "Remove a contact person from a list")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeMember(@PathParam("id") UUID id, @PathParam("contactPersonId") UUID contactPersonId) {
        lists.removeMember(id, contactPersonId);
    }

    @GET
    @Path("/{id}/export")
    @Operation(operationId = "exportMailingList", summary = "Recipients a communications tool may send to, as JSON")
    public List<ExportRow> export(@PathParam("id") UUID id) {
        return lists.export(id).stream().map(StakeholderMapping::export).toList();
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportMailingListCsv", summary = "Recipients a communications tool may send to, as CSV (UTF-8)")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    public Response exportCsv(@PathParam("id") UUID id) {
        return Response.ok(Csv.of(lists.export(id).stream().map(StakeholderMapping::export).toList()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mailing-list-" + id + ".csv\"").build();
    }
}
