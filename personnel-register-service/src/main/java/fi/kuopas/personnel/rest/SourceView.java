package fi.kuopas.personnel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SourceView")
public record SourceView(String origin, String name, Instant obtainedAt, String basis, String reference, String text) {
}
