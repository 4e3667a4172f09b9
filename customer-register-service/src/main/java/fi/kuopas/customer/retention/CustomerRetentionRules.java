package fi.kuopas.customer.retention;

import static fi.kuopas.customer.retention.PersonRetention.startOf;
import static fi.kuopas.customer.retention.PersonRetention.today;

import fi.kuopas.customer.service.RetentionConfig;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import fi.kuopas.privacy.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The customer register's retention rules (docs/domain-rules.md), one kit {@link RetentionRule}
 * each, run by the kit in a fixed order: applications expire first, then applicants are judged by
 * their applications' validity before old applications go. Legal holds are respected and counted as
 * held: a tenant-selection decision still in the discrimination-claim period, an open debt. The
 * periods come from {@link RetentionConfig}, which the register description prints as well.
 */
public final class CustomerRetentionRules {

    private CustomerRetentionRules() {
    }

    /** Active applications past their validity become EXPIRED. */
    @ApplicationScoped
    public static class ExpireApplications extends NamedRetentionRule {
        private final PersonRetention persons;

        public ExpireApplications(PersonRetention persons) {
            super("expire-applications", "application validity ~3 months [P]", 10);
            this.persons = persons;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            LocalDate today = today(now);
            return dryRun ? persons.count("FROM housing_application WHERE status = 'ACTIVE' AND valid_until < ?1", today)
                    : persons.update("UPDATE housing_application SET status = 'EXPIRED', version = version + 1 "
                            + "WHERE status = 'ACTIVE' AND valid_until < ?1", today);
        }
    }

    /**
     * GDPR Art 5(1)(e) storage limitation: a person who applied but never became a tenant (no lease,
     * no live application) is deleted with everything about them (identity code, DVV address,
     * protected-address flag, credit checks) once their last application has been expired for the
     * configured months. A person without any application left counts from when they were added.
     * Held: a tenant-selection decision still in the discrimination-claim period (Non-Discrimination
     * Act 1325/2014), or an open debt (Art 17(3)(e)). Runs before the applications go: their
     * validity is what it counts from.
     */
    @ApplicationScoped
    public static class ApplicantsWithoutTenancy extends NamedRetentionRule.Holding {
        private static final String CANDIDATES = "SELECT p.id FROM person p WHERE p.anonymised_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM lease_resident r WHERE r.person_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM housing_application a WHERE a.person_id = p.id AND a.status = 'ACTIVE') "
                + "AND COALESCE((SELECT max(a.valid_until) FROM housing_application a WHERE a.person_id = p.id), "
                + "  CAST(p.created_at AT TIME ZONE 'Europe/Helsinki' AS DATE)) < ?1";
        private static final String HOLD = "(EXISTS (SELECT 1 FROM collection_case c WHERE c.person_id = p.id AND c.closed_at IS NULL) "
                + "OR EXISTS (SELECT 1 FROM tenant_selection_decision d JOIN housing_application a ON a.id = d.application_id "
                + "  WHERE a.person_id = p.id AND d.decided_at >= ?2))";

        private final PersonRetention persons;
        private final RetentionConfig config;

        public ApplicantsWithoutTenancy(PersonRetention persons, RetentionConfig config) {
            super("delete-applicants-without-tenancy", "GDPR Art 5(1)(e): last application + "
                    + config.expiredApplicationMonths() + " months [A]; decisions in the claim period and open debts held", 20);
            this.persons = persons;
            this.config = config;
        }

        @Override
        public Result execute(Instant now, boolean dryRun) {
            LocalDate cutoff = today(now).minusMonths(config.expiredApplicationMonths());
            Instant decisionCutoff = startOf(today(now).minusYears(config.selectionDecisionYears()));
            List<UUID> ids = persons.ids(CANDIDATES + " AND NOT " + HOLD, cutoff, decisionCutoff);
            int held = persons.count("FROM (" + CANDIDATES + " AND " + HOLD + ") x", cutoff, decisionCutoff);
            if (!dryRun) {
                ids.forEach(id -> persons.delete(id, "retention: applicant who never became a tenant"));
            }
            return new Result(ids.size(), held);
        }
    }

    /** Expired and withdrawn applications past their period, unless a decision still in the claim period holds them. */
    @ApplicationScoped
    public static class ExpiredApplications extends NamedRetentionRule.Holding {
        private static final String DUE = "FROM housing_application a WHERE a.status IN ('EXPIRED', 'WITHDRAWN') "
                + "AND a.valid_until < ?1 AND NOT EXISTS (SELECT 1 FROM tenant_selection_decision d "
                + "WHERE d.application_id = a.id AND d.decided_at >= ?2)";
        private static final String HELD = "FROM housing_application a WHERE a.status IN ('EXPIRED', 'WITHDRAWN') "
                + "AND a.valid_until < ?1 AND EXISTS (SELECT 1 FROM tenant_selection_decision d "
                + "WHERE d.application_id = a.id AND d.decided_at >= ?2)";

        private final PersonRetention persons;
        private final RetentionConfig config;

        public ExpiredApplications(PersonRetention persons, RetentionConfig config) {
            super("delete-expired-applications", "application + " + config.expiredApplicationMonths() + " months [A]", 30);
            this.persons = persons;
            this.config = config;
        }

        @Override
        public Result execute(Instant now, boolean dryRun) {
            LocalDate cutoff = today(now).minusMonths(config.expiredApplicationMonths());
            Instant decisionCutoff = startOf(today(now).minusYears(config.selectionDecisionYears()));
            int held = persons.count(HELD, cutoff, decisionCutoff);
            int affected = persons.countOrDelete(dryRun, DUE, cutoff, decisionCutoff);
            return new Result(affected, held);
        }
    }

    /** Tenant-selection decisions past the discrimination-claim period. */
    @ApplicationScoped
    public static class SelectionDecisions extends NamedRetentionRule {
        private final PersonRetention persons;
        private final RetentionConfig config;

        public SelectionDecisions(PersonRetention persons, RetentionConfig config) {
            super("delete-selection-decisions", "discrimination-claim period " + config.selectionDecisionYears() + " years [A]",
                    40);
            this.persons = persons;
            this.config = config;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            String due = "FROM tenant_selection_decision WHERE decided_at < ?1";
            Instant cutoff = startOf(today(now).minusYears(config.selectionDecisionYears()));
            return persons.countOrDelete(dryRun, due, cutoff);
        }
    }

    /** Former tenants: every lease ended long enough ago and no live application; an open debt holds them. */
    @ApplicationScoped
    public static class FormerTenants extends NamedRetentionRule.Holding {
        private static final String CANDIDATES = "SELECT p.id FROM person p WHERE p.anonymised_at IS NULL "
                + "AND EXISTS (SELECT 1 FROM lease_resident r WHERE r.person_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM lease_resident r JOIN lease l ON l.id = r.lease_id WHERE r.person_id = p.id "
                + "  AND (l.end_date IS NULL OR l.end_date >= ?1)) "
                + "AND NOT EXISTS (SELECT 1 FROM housing_application a WHERE a.person_id = p.id AND a.status = 'ACTIVE')";
        private static final String OPEN_DEBT = "EXISTS (SELECT 1 FROM collection_case c WHERE c.person_id = p.id "
                + "AND c.closed_at IS NULL)";

        private final PersonRetention persons;
        private final RetentionConfig config;

        public FormerTenants(PersonRetention persons, RetentionConfig config) {
            super("anonymise-former-tenants", "lease end + " + config.formerTenantYears() + " years [A]; open debts held", 50);
            this.persons = persons;
            this.config = config;
        }

        @Override
        public Result execute(Instant now, boolean dryRun) {
            LocalDate tenantCutoff = today(now).minusYears(config.formerTenantYears());
            List<UUID> ids = persons.ids(CANDIDATES + " AND NOT " + OPEN_DEBT, tenantCutoff);
            int held = persons.count("FROM (" + CANDIDATES + " AND " + OPEN_DEBT + ") x", tenantCutoff);
            if (!dryRun) {
                ids.forEach(persons::anonymise);
            }
            return new Result(ids.size(), held);
        }
    }

    /** Survey responses past their period. */
    @ApplicationScoped
    public static class SurveyResponses extends NamedRetentionRule {
        private final PersonRetention persons;
        private final RetentionConfig config;

        public SurveyResponses(PersonRetention persons, RetentionConfig config) {
            super("delete-survey-responses", "survey responses " + config.surveyResponseYears() + " years [A]", 60);
            this.persons = persons;
            this.config = config;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            String due = "FROM survey_response WHERE answered_at < ?1";
            Instant cutoff = startOf(today(now).minusYears(config.surveyResponseYears()));
            return persons.countOrDelete(dryRun, due, cutoff);
        }
    }
}
