package fi.kuopas.privacy.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Problem type URI", example = "https://kuopas.fi/problems/validation") URI type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence", example = "personal identity code check character does not match") String detail,
        @Schema(description = "Request path of this occurrence", example = "/api/v1/persons") String instance,
        @Schema(description = "Field-level violations") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://kuopas.fi/problems/";

    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "subject.personalIdentityCode") String field,
            @Schema(example = "must be a valid Finnish personal identity code") String message) {
    }

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, instance, List.of());
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list);
    }
}
