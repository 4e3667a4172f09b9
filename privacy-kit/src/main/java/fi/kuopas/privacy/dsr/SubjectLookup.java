package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubjectLookup", description = "Whether the register holds data on the subject")
public record SubjectLookup(String register, boolean found, int records, List<String> categories) {
}
