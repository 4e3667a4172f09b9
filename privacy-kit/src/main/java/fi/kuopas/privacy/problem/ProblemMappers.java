package fi.kuopas.privacy.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fi.kuopas.privacy.identity.InvalidIdentityCodeException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 responses. Nothing internal (class names,
 * stack traces, SQL, personal data) reaches the body; unexpected errors get an error id that is
 * also logged so support can find the cause.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.status(), e.slug(), e.title(), e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidIdentityCode(InvalidIdentityCodeException e, UriInfo uri) {
        return respond(Problem.of(400, "invalid-identity-code", "Invalid personal identity code", e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "validation", "Invalid request", detail, path(uri)).withViolations(violations));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-body", "Malformed request body",
                "unknown field '" + e.getPropertyName() + "'", path(uri)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-body", "Malformed request body",
                "field '" + jsonPath(e) + "' has the wrong type or format", path(uri)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String where = jsonPath(e);
        String detail = where.isEmpty() ? "request body has the wrong shape" : "field '" + where + "' has the wrong type";
        return respond(Problem.of(400, "malformed-body", "Malformed request body", detail, path(uri)));
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-body", "Malformed request body",
                "request body is not valid JSON", path(uri)));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    /** A unique or foreign-key constraint lost a race with a concurrent request. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(Problem.of(409, "conflict", "Conflict",
                "the change conflicts with data written at the same time or with existing data; reload and try again", path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "your role does not allow this operation", path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused";
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "the requested media type is not available";
            case 413 -> "request body is too large";
            case 415 -> "unsupported content type; send application/json";
            default -> title;
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; the
            // resource exists, the input is wrong.
            return respond(Problem.of(400, "invalid-parameter", "Invalid request",
                    "a path or query parameter has the wrong type or format", path(uri)));
        }
        return respond(Problem.of(status, "http-" + status, title, detail, path(uri)));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof ProblemException p) {
            return problem(p, uri);
        }
        String errorId = UUID.randomUUID().toString();
        // The class and message only; request bodies and entities are never logged (personal data).
        Log.errorf("unexpected error %s: %s", errorId, e.getClass().getName());
        Log.debug("unexpected error detail", e);
        return respond(Problem.of(500, "internal", "Internal error",
                "the request could not be completed; error id " + errorId, path(uri)));
    }

    private Response staleVersion(UriInfo uri) {
        return respond(Problem.of(409, "stale-version", "Concurrent modification",
                "the record was changed by someone else; reload it and apply your change again", path(uri)));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "a valid bearer token is required", path(uri)))
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String field(ConstraintViolation<?> v) {
        // Drop the method and parameter name prefix ("create.body.") that callers don't know.
        String p = v.getPropertyPath().toString();
        String[] parts = p.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
