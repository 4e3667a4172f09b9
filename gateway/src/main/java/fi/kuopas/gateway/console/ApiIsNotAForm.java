package fi.kuopas.gateway.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF check (quarkus-rest-csrf) is for the console's forms. The JSON API under /api/ takes no
 * forms and is called with a bearer token, which a browser never adds by itself; yet some clients label
 * an empty POST (e.g. {@code .../erasure-approval}) as a form. That label is dropped before the CSRF
 * filter sees it, so API calls behave as they did before the console existed.
 */
public class ApiIsNotAForm {

    @ServerRequestFilter(preMatching = true)
    public void unlabel(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && request.getUriInfo().getPath().startsWith("/api/")
                && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type) || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type))) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
