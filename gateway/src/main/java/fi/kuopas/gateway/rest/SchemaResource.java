package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.service.PortabilityPackage;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published descriptions of what the suite hands out: public, they hold no data. */
@Path("/api/v1/schemas")
@Tag(name = "Schemas")
@PermitAll
public class SchemaResource {

    @GET
    @Path("/portability-package.schema.json")
    @Produces("application/schema+json")
    @Operation(operationId = "getPortabilityPackageSchema", summary = "JSON Schema of data.json in the Art 20 portability package")
    public Map<String, Object> portabilitySchema() {
        return PortabilityPackage.schema();
    }

    @GET
    @Path("/portability-package.csv-columns.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPortabilityPackageCsvColumns", summary = "Column description of data.csv in the portability package (CSVW)")
    public Map<String, Object> portabilityColumns() {
        return PortabilityPackage.csvColumns();
    }
}
