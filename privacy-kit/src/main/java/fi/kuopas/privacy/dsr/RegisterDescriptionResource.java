package fi.kuopas.privacy.dsr;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register description is public information (Art 13/14 notice), so anyone may read it.
 * Registered only in services that ship a description (see {@link RegisterDescriptions}).
 */
@Path("/api/v1/register-description")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register description", description = "Privacy notice and record of processing of this register")
@PermitAll
@IfBuildProperty(name = "kuopas.register-description.enabled", stringValue = "true", enableIfMissing = true)
public class RegisterDescriptionResource {

    private final RegisterDescriptions descriptions;

    public RegisterDescriptionResource(RegisterDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GET
    @Operation(operationId = "getRegisterDescription", summary = "This register's description in Finnish, Swedish or English")
    public RegisterDescription get(
            @Parameter(description = "fi (legal original), sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang) {
        return descriptions.get(lang);
    }
}
