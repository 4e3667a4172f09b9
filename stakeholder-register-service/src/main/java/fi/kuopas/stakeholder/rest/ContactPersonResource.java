package fi.kuopas.stakeholder.rest;

import fi.kuopas.stakeholder.mapping.StakeholderMapping;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ContactPersonRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ContactPersonView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.InteractionRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.InteractionView;
import fi.kuopas.stakeholder.service.ContactPersonService;
import fi.kuopas.stakeholder.service.InteractionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Contact persons and their interactions. Every read is written to the access log. */
@Path("/api/v1/contact-persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact persons", description = "Stakeholders' contact persons, with the legal basis recorded per person")
@RolesAllowed(Roles.STAKEHOLDER_RELATIONS)
public class ContactPersonResource {

    private final ContactPersonService persons;
    private final InteractionService interactions;

    public ContactPersonResource(ContactPersonService persons, InteractionService interactions) {
        this.persons = persons;
        this.interactions = interactions;
    }

    @POST
    @Operation(operationId = "createContactPerson", summary = "Add a contact person (409 if the email is already registered)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ContactPersonView.class)))
    public Response create(@NotNull @Valid ContactPersonRequest request) {
        ContactPersonView created = StakeholderMapping.of(persons.create(StakeholderMapping.contactPerson(request)));
        return Response.created(URI.create("/api/v1/contact-persons/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "searchContactPersons", summary = "Search by name, organisation name, exact email or phone; restricted persons are left out")
    public List<ContactPersonView> search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return persons.search(q, organisationId, page, size).stream().map(StakeholderMapping::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContactPerson", summary = "One contact person (409 while processing is restricted)")
    public ContactPersonView get(@PathParam("id") UUID id) {
        return StakeholderMapping.of(persons.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateContactPerson", summary = "Edit a contact person (optimistic locking: version or If-Match)")
    public ContactPersonView update(@PathParam("id") UUID id, @NotNull @Valid ContactPersonRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return StakeholderMapping.of(persons.update(id, StakeholderMapping.contactPerson(request),
                Versions.expected(request.version(), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteContactPerson", summary = "Remove a contact person with their interactions and memberships")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        persons.delete(id, Versions.expected(null, ifMatch));
    }

    @POST
    @Path("/{id}/interactions")
    @Operation(operationId = "recordInteraction", summary = "Record a meeting, message or event invitation")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InteractionView.class)))
    public Response recordInteraction(@PathParam("id") UUID id, @NotNull @Valid InteractionRequest request) {
        return Response.status(201).entity(StakeholderMapping.of(interactions.record(id, StakeholderMapping.interaction(request)))).build();
    }

    @GET
    @Path("/{id}/interactions")
    @Operation(operationId = "listInteractions", summary = "A contact person's interactions, newest first")
    public List<InteractionView> listInteractions(@PathParam("id") UUID id) {
        return interactions.list(id).stream().map(StakeholderMapping::of).toList();
    }
}
