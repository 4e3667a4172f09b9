package fi.kuopas.gateway.ops;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the case id of a case request (/api/v1/data-subject-requests/{id}/…) into the log context
 * (MDC key caseId), so every line written while serving it names the case. The case id is a random
 * UUID and says nothing about the subject; nothing else from the request goes into the context.
 */
public class CaseLogContext {

    public static final String CASE_ID = "caseId";
    private static final String PREFIX = "/api/v1/data-subject-requests/";

    @ServerRequestFilter
    public void enter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith(PREFIX)) {
            String rest = path.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            if (isUuid(id)) {
                MDC.put(CASE_ID, id);
                return;
            }
        }
        MDC.remove(CASE_ID);
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(CASE_ID);
    }

    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
