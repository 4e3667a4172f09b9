package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a restriction, objection or rectification: what changed, and the recipients to notify (Art 19). */
@Schema(name = "DsrOutcome")
public record DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
        List<String> recipientsToNotify) {
}
