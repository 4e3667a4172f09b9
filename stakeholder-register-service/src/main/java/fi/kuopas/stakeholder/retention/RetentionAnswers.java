package fi.kuopas.stakeholder.retention;

import fi.kuopas.privacy.retention.LegacyRetentionAnswer;
import fi.kuopas.privacy.retention.RetentionRun;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The deprecated {@code POST /api/v1/retention/runs?dryRun=} keeps answering as the register did
 * before the kit: one object with the rule, its cutoff and the three counts (counts only, never the
 * deleted data).
 */
@ApplicationScoped
public class RetentionAnswers implements LegacyRetentionAnswer {

    private final StakeholderRetentionRules rules;

    public RetentionAnswers(StakeholderRetentionRules rules) {
        this.rules = rules;
    }

    /** The register's run as it answered before the kit. */
    public record RunView(UUID id, Instant ranAt, boolean dryRun, String rule, Instant cutoff, int contactPersons,
            int interactions, int memberships, int held, String startedBy) {
    }

    @Override
    public Object of(RetentionRun run) {
        return new RunView(run.id(), run.startedAt(), run.dryRun(),
                "contact persons: " + rules.years() + " year(s) after last interaction or end of relationship",
                rules.cutoff(run.startedAt()), affected(run, "contact-persons"), affected(run, "contact-person-interactions"),
                affected(run, "contact-person-memberships"), run.held(), run.triggeredBy());
    }

    private static int affected(RetentionRun run, String rule) {
        return run.items().stream().filter(i -> i.rule().equals(rule)).mapToInt(RetentionRun.Item::affected).sum();
    }
}
