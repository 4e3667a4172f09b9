package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.service.CaseIncompleteException;
import fi.kuopas.privacy.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's one addition to the kit's problem mapping: an incomplete case names what is pending. */
public class GatewayProblemMappers {

    @ServerExceptionMapper
    public Response incomplete(CaseIncompleteException e, UriInfo uri) {
        IncompleteProblem body = new IncompleteProblem(URI.create("https://kuopas.fi/problems/case-incomplete"),
                "Case not complete", 409, e.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""), e.pendingRegisters());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
