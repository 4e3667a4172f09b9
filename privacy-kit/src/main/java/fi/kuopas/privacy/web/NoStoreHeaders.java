package fi.kuopas.privacy.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Responses of these services carry personal data: no browser, proxy or client cache may keep them
 * (GDPR Art 32), and no browser may guess their type. A resource that knowingly serves a public,
 * cacheable document (e.g. the gateway's JWKS) sets its own Cache-Control, which is kept.
 */
public class NoStoreHeaders {

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
