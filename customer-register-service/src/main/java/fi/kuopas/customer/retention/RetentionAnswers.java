package fi.kuopas.customer.retention;

import fi.kuopas.privacy.retention.LegacyRetentionAnswer;
import fi.kuopas.privacy.retention.RetentionRun;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The deprecated {@code POST /api/v1/retention/runs?dryRun=} keeps answering as the register did
 * before the kit: the per-rule results alone, as a JSON array of rule, legalReference, affected and
 * held, in the order the rules ran.
 */
@ApplicationScoped
public class RetentionAnswers implements LegacyRetentionAnswer {

    @Override
    public Object of(RetentionRun run) {
        return run.items();
    }
}
