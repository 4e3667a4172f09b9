package fi.kuopas.personnel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.personnel.domain.Provenance;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SourceView")
public record SourceView(String origin, String name, Instant obtainedAt, String basis, String reference, String text) {

    public static SourceView of(Provenance p) {
        if (p == null) {
            return null;
        }
        return new SourceView(p.origin.name(), p.name, p.obtainedAt, p.basis == null ? null : p.basis.name(),
                p.reference, p.describe());
    }
}
