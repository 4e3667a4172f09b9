package fi.kuopas.customer.rest;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.service.MailingService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
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
            summary = "Recipients with permission in force; never protected addresses or restricted persons (export is audited)")
    public List<MailingService.Recipient> recipients(@QueryParam("channel") @NotNull MarketingPreference.Channel channel) {
        return mailings.recipients(channel);
    }
}
