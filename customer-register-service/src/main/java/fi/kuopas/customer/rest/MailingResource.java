package fi.kuopas.customer.rest;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.service.MailingService;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
            description = "Paged (default 1000 a page, at most 5000): X-Total-Count and Link headers name the other pages.")
    public List<MailingService.Recipient> recipients(@QueryParam("channel") @NotNull MarketingPreference.Channel channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(5000) int size) {
        return mailings.recipients(channel, page, size);
    }
}
