package fi.kuopas.privacy.web;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Paging headers of every list that read its page through {@link Paging#list}: {@code X-Total-Count}
 * and RFC 8288 {@code Link} with {@code first}, {@code prev}, {@code next} and {@code last}
 * (path-absolute URIs, so they stay right behind a proxy). The body is unchanged.
 */
public class PageHeaders {

    public static final String TOTAL = "X-Total-Count";

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return;
        }
        PageTotal paged = Arc.container().instance(PageTotal.class).get();
        if (!paged.recorded()) {
            return;
        }
        int page = paged.page();
        int size = paged.size();
        long total = paged.total();
        long last = total == 0 ? 0 : (total - 1) / size;
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, size, "first"));
        if (page > 0) {
            links.add(link(request, (int) Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, size, "next"));
        }
        links.add(link(request, (int) last, size, "last"));
        response.getHeaders().putSingle(TOTAL, Long.toString(total));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(ContainerRequestContext request, int page, int size, String rel) {
        URI uri = request.getUriInfo().getRequestUriBuilder()
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return "<" + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + ">; rel=\"" + rel + "\"";
    }
}
