package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.PmsMapping;
import fi.kuopas.customer.rest.PmsDtos.ImportRequest;
import fi.kuopas.customer.rest.PmsDtos.ImportResult;
import fi.kuopas.customer.service.PmsImportService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Property-management integration", description = "Bulk upsert of residents and leases by PMS external ids")
public class PmsResource {

    private final PmsImportService imports;

    public PmsResource(PmsImportService imports) {
        this.imports = imports;
    }

    @POST
    @Path("/residents")
    @RolesAllowed(Roles.PMS_INTEGRATION)
    @Operation(operationId = "upsertResidents",
            summary = "Upsert up to 1000 residents with their leases; per-row results; idempotent; bad rows never half-applied")
    public ImportResult upsert(@NotNull @Valid ImportRequest request) {
        return PmsMapping.importResult(imports.upsert(PmsMapping.residents(request.rows())));
    }
}
