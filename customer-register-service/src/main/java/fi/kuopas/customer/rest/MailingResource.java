package fi.kuopas.customer.rest;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.service.MailingService;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/mailing-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailings", description = "Who may receive marketing or surveys on a channel")
public class MailingResource {

    private final MailingService mailings;

    public MailingResource(MailingService mailings) {
        this.mailings = mailings;
    }

    @GET
    @RolesAllowed(Roles.CUSTOMER_SERVICE)
    @Operation(operationId = "listMailingRecipients",
            summary = "Recipients with permission in force; never protected addresses or restricted persons (export is audited)",
            description = "Paged (default 1000 a page, at most 5000): X-Total-Count and Link headers name the other pages."
                    + " For a large export, walk it by cursor instead: cursor=start for the first page (ordered by person id),"
                    + " then the Link rel=\"next\" (cursor=<last person id of the page>) until there is none;"
                    + " every page then costs the same and none counts the whole export.")
    public RestResponse<List<MailingService.Recipient>> recipients(
            @QueryParam("channel") @NotNull MarketingPreference.Channel channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(5000) int size,
            @QueryParam("cursor") @Size(max = 36) String cursor, @Context UriInfo uri) {
        if (cursor == null) {
            return RestResponse.ok(mailings.recipients(channel, page, size));
        }
        if (page != 0) {
            throw ProblemException.badRequest("give either page or cursor, not both");
        }
        UUID after;
        try {
            after = "start".equals(cursor) ? null : UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor must be 'start' or the person id of a Link rel=\"next\"");
        }
        List<MailingService.Recipient> recipients = mailings.recipientsAfter(channel, after, size);
        var response = RestResponse.ResponseBuilder.ok(recipients);
        if (recipients.size() == size) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", recipients.get(size - 1).personId())
                    .replaceQueryParam("size", size).build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
