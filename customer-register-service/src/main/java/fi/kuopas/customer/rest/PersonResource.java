package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.CustomerDtos.CreditCheckRequest;
import fi.kuopas.customer.rest.CustomerDtos.CreditCheckView;
import fi.kuopas.customer.rest.CustomerDtos.DisclosureRequest;
import fi.kuopas.customer.rest.CustomerDtos.DisclosureView;
import fi.kuopas.customer.rest.CustomerDtos.PopulationRefreshRequest;
import fi.kuopas.customer.rest.PersonDtos.IdentityCodeLink;
import fi.kuopas.customer.rest.PersonDtos.PersonPage;
import fi.kuopas.customer.rest.PersonDtos.PersonRequest;
import fi.kuopas.customer.rest.PersonDtos.PersonSearch;
import fi.kuopas.customer.rest.PersonDtos.PersonUpdate;
import fi.kuopas.customer.rest.PersonDtos.PersonView;
import fi.kuopas.customer.service.DisclosureService;
import fi.kuopas.customer.service.OutsideSourceService;
import fi.kuopas.customer.service.PersonService;
import fi.kuopas.customer.service.PersonViews;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Persons of the customer register. Identifiers go in bodies, never in URLs. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "Applicants, key applicants and residents")
public class PersonResource {

    private final PersonService persons;
    private final OutsideSourceService sources;
    private final DisclosureService disclosures;
    private final PersonViews views;

    public PersonResource(PersonService persons, OutsideSourceService sources, DisclosureService disclosures,
            PersonViews views) {
        this.persons = persons;
        this.sources = sources;
        this.disclosures = disclosures;
        this.views = views;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER})
    @Operation(operationId = "createPerson", summary = "Add a person; the identity code is encrypted and indexed by subject key")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(@NotNull @Valid PersonRequest request) {
        PersonView created = CustomerMapping.person(persons.create(CustomerMapping.newPerson(request)));
        return Response.created(URI.create("/api/v1/persons/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER, Roles.DPO})
    @Operation(operationId = "getPerson", summary = "Read a person (audited); identity code masked unless the role needs it")
    public PersonView get(@PathParam("id") UUID id) {
        return CustomerMapping.person(persons.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER})
    @Operation(operationId = "updatePerson", summary = "Change a person; 409 if someone else changed it since you read it")
    public PersonView update(@PathParam("id") UUID id, @NotNull @Valid PersonUpdate update) {
        return CustomerMapping.person(persons.update(id, CustomerMapping.personChange(update)));
    }

    @PUT
    @Path("/{id}/identity-code")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER})
    @Operation(operationId = "linkPermanentIdentityCode",
            summary = "Link the permanent identity code of a person with a temporary one; the temporary code still finds them")
    public PersonView linkIdentityCode(@PathParam("id") UUID id, @NotNull @Valid IdentityCodeLink link) {
        return CustomerMapping.person(persons.linkIdentityCode(id, CustomerMapping.identityCodeLink(link)));
    }

    @POST
    @Path("/search")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER, Roles.DPO})
    @Operation(operationId = "searchPersons", summary = "Search by identity code, email, phone or last name; paged; audited")
    public PersonPage search(@NotNull @Valid PersonSearch search) {
        return CustomerMapping.personPage(persons.search(CustomerMapping.personQuery(search)));
    }

    @POST
    @Path("/{id}/population-register-refresh")
    @RolesAllowed(Roles.LETTING_OFFICER)
    @Operation(operationId = "refreshFromPopulationRegister", summary = "Fetch address and protected-address flag from DVV")
    public PersonView refresh(@PathParam("id") UUID id, @NotNull @Valid PopulationRefreshRequest request) {
        return CustomerMapping.person(views.of(sources.refreshFromPopulationRegister(id, request.purpose())));
    }

    @POST
    @Path("/{id}/credit-checks")
    @RolesAllowed(Roles.LETTING_OFFICER)
    @Operation(operationId = "runCreditCheck", summary = "Query Asiakastieto for a lease application; a summary is kept")
    @APIResponse(responseCode = "201", description = "Checked", content = @Content(schema = @Schema(implementation = CreditCheckView.class)))
    @APIResponse(responseCode = "503", ref = "InternalError", description = "The credit register did not answer")
    public Response creditCheck(@PathParam("id") UUID id, @NotNull @Valid CreditCheckRequest request) {
        return Response.status(201).entity(CustomerMapping.view(sources.creditCheck(id, request.applicationId(), request.purpose())))
                .build();
    }

    @POST
    @Path("/{id}/disclosures")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER, Roles.DPO})
    @Operation(operationId = "recordDisclosure", summary = "Log a disclosure to a recipient outside the register")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    public Response disclose(@PathParam("id") UUID id, @NotNull @Valid DisclosureRequest request) {
        return Response.status(201).entity(CustomerMapping.view(disclosures.record(id, CustomerMapping.disclosure(request)))).build();
    }

    @GET
    @Path("/{id}/disclosures")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER, Roles.DPO})
    @Operation(operationId = "listDisclosures", summary = "The disclosure log of a person")
    public List<DisclosureView> disclosures(@PathParam("id") UUID id) {
        return disclosures.ofPerson(id).stream().map(CustomerMapping::view).toList();
    }
}
