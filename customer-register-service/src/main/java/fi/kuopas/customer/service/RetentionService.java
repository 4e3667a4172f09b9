package fi.kuopas.customer.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.jobs.SingleActive;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Deletes or anonymises what has outlived its retention period, rule by rule, respecting legal
 * holds: a former tenant with an open debt, or whose lease is still within the accounting
 * period, is kept. Each run logs counts per rule (never data); a dry run only counts.
 */
@ApplicationScoped
public class RetentionService {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final EntityManager em;
    private final RetentionConfig config;
    private final AuditLog audit;
    private final Tombstones tombstones;
    private final SingleActive singleActive;

    public RetentionService(EntityManager em, RetentionConfig config, AuditLog audit, Tombstones tombstones,
            SingleActive singleActive) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.tombstones = tombstones;
        this.singleActive = singleActive;
    }

    public record RuleResult(String rule, int affected, int held, String legalReference) {
    }

    @Scheduled(cron = "${kuopas.retention.cron:0 15 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        // One instance runs it; another that starts meanwhile skips the round.
        singleActive.run("customer-retention", () -> run(false)
                .forEach(r -> Log.infof("retention rule %s: %d affected, %d held", r.rule(), r.affected(), r.held())));
    }

    public List<RuleResult> run(boolean dryRun) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate today = LocalDate.now(HELSINKI);
            Instant started = Instant.now();
            List<RuleResult> results = new ArrayList<>();
            results.add(expireApplications(today, dryRun));
            // Before the applications go: their validity is what the applicant rule counts from.
            results.add(deleteApplicantsWithoutTenancy(today, dryRun));
            results.add(deleteExpiredApplications(today, dryRun));
            results.add(deleteOldDecisions(today, dryRun));
            results.add(anonymiseFormerTenants(today, dryRun));
            results.add(deleteOldSurveyResponses(today, dryRun));
            for (RuleResult r : results) {
                em.createNativeQuery("INSERT INTO retention_run (started_at, dry_run, rule, affected, held) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, started).setParameter(2, dryRun).setParameter(3, r.rule())
                        .setParameter(4, r.affected()).setParameter(5, r.held()).executeUpdate();
            }
            return results;
        });
    }

    private RuleResult expireApplications(LocalDate today, boolean dryRun) {
        String where = "FROM housing_application WHERE status = 'ACTIVE' AND valid_until < ?1";
        int n = dryRun ? count(where, today) : em.createNativeQuery("UPDATE housing_application SET status = 'EXPIRED', "
                + "version = version + 1 WHERE status = 'ACTIVE' AND valid_until < ?1").setParameter(1, today).executeUpdate();
        return new RuleResult("expire-applications", n, 0, "application validity ~3 months [P]");
    }

    private RuleResult deleteExpiredApplications(LocalDate today, boolean dryRun) {
        LocalDate cutoff = today.minusMonths(config.expiredApplicationMonths());
        LocalDate decisionCutoff = today.minusYears(config.selectionDecisionYears());
        String where = "FROM housing_application a WHERE a.status IN ('EXPIRED', 'WITHDRAWN') AND a.valid_until < ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM tenant_selection_decision d WHERE d.application_id = a.id AND d.decided_at >= ?2)";
        String held = "FROM housing_application a WHERE a.status IN ('EXPIRED', 'WITHDRAWN') AND a.valid_until < ?1 "
                + "AND EXISTS (SELECT 1 FROM tenant_selection_decision d WHERE d.application_id = a.id AND d.decided_at >= ?2)";
        int heldCount = count(held, cutoff, startOf(decisionCutoff));
        int n = dryRun ? count(where, cutoff, startOf(decisionCutoff))
                : em.createNativeQuery("DELETE " + where).setParameter(1, cutoff).setParameter(2, startOf(decisionCutoff)).executeUpdate();
        return new RuleResult("delete-expired-applications", n, heldCount, "application + " + config.expiredApplicationMonths() + " months [A]");
    }

    /**
     * GDPR Art 5(1)(e) storage limitation: a person who applied but never became a tenant (no lease,
     * no live application) is deleted with everything about them (identity code, DVV address,
     * protected-address flag, credit checks) once their last application has been expired for the
     * configured months. A person without any application left counts from when they were added.
     * Held: a tenant-selection decision still in the discrimination-claim period (Non-Discrimination
     * Act 1325/2014), or an open debt (Art 17(3)(e)).
     */
    private RuleResult deleteApplicantsWithoutTenancy(LocalDate today, boolean dryRun) {
        LocalDate cutoff = today.minusMonths(config.expiredApplicationMonths());
        Instant decisionCutoff = startOf(today.minusYears(config.selectionDecisionYears()));
        String candidates = "SELECT p.id FROM person p WHERE p.anonymised_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM lease_resident r WHERE r.person_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM housing_application a WHERE a.person_id = p.id AND a.status = 'ACTIVE') "
                + "AND COALESCE((SELECT max(a.valid_until) FROM housing_application a WHERE a.person_id = p.id), "
                + "  CAST(p.created_at AT TIME ZONE 'Europe/Helsinki' AS DATE)) < ?1";
        String hold = "(EXISTS (SELECT 1 FROM collection_case c WHERE c.person_id = p.id AND c.closed_at IS NULL) "
                + "OR EXISTS (SELECT 1 FROM tenant_selection_decision d JOIN housing_application a ON a.id = d.application_id "
                + "  WHERE a.person_id = p.id AND d.decided_at >= ?2))";
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(candidates + " AND NOT " + hold).setParameter(1, cutoff)
                .setParameter(2, decisionCutoff).getResultList();
        int held = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + candidates + " AND " + hold + ") x")
                .setParameter(1, cutoff).setParameter(2, decisionCutoff).getSingleResult()).intValue();
        if (!dryRun) {
            for (UUID id : ids) {
                List<String> keys = keysOf(id);
                // An objection to marketing or surveys outlives the person (Art 21(3)).
                tombstones.keepObjections(id, identityKeyOf(id), keys);
                em.createNativeQuery("DELETE FROM person WHERE id = ?1").setParameter(1, id).executeUpdate();
                if (!keys.isEmpty()) {
                    audit.record(AuditAction.DELETE, keys.get(0), "person", id.toString(),
                            "retention: applicant who never became a tenant");
                }
            }
        }
        return new RuleResult("delete-applicants-without-tenancy", ids.size(), held,
                "GDPR Art 5(1)(e): last application + " + config.expiredApplicationMonths() + " months [A]; decisions in the "
                        + "claim period and open debts held");
    }

    private RuleResult deleteOldDecisions(LocalDate today, boolean dryRun) {
        String where = "FROM tenant_selection_decision WHERE decided_at < ?1";
        Instant cutoff = startOf(today.minusYears(config.selectionDecisionYears()));
        int n = dryRun ? count(where, cutoff) : em.createNativeQuery("DELETE " + where).setParameter(1, cutoff).executeUpdate();
        return new RuleResult("delete-selection-decisions", n, 0, "discrimination-claim period " + config.selectionDecisionYears() + " years [A]");
    }

    private RuleResult deleteOldSurveyResponses(LocalDate today, boolean dryRun) {
        String where = "FROM survey_response WHERE answered_at < ?1";
        Instant cutoff = startOf(today.minusYears(config.surveyResponseYears()));
        int n = dryRun ? count(where, cutoff) : em.createNativeQuery("DELETE " + where).setParameter(1, cutoff).executeUpdate();
        return new RuleResult("delete-survey-responses", n, 0, "survey responses " + config.surveyResponseYears() + " years [A]");
    }

    /** Former tenants: every lease ended long enough ago, no open debt, no live application. */
    private RuleResult anonymiseFormerTenants(LocalDate today, boolean dryRun) {
        LocalDate tenantCutoff = today.minusYears(config.formerTenantYears());
        String candidates = "SELECT p.id FROM person p WHERE p.anonymised_at IS NULL "
                + "AND EXISTS (SELECT 1 FROM lease_resident r WHERE r.person_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM lease_resident r JOIN lease l ON l.id = r.lease_id WHERE r.person_id = p.id "
                + "  AND (l.end_date IS NULL OR l.end_date >= ?1)) "
                + "AND NOT EXISTS (SELECT 1 FROM housing_application a WHERE a.person_id = p.id AND a.status = 'ACTIVE')";
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(candidates + " AND NOT EXISTS (SELECT 1 FROM collection_case c "
                + "WHERE c.person_id = p.id AND c.closed_at IS NULL)").setParameter(1, tenantCutoff).getResultList();
        int held = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + candidates + " AND EXISTS (SELECT 1 FROM "
                + "collection_case c WHERE c.person_id = p.id AND c.closed_at IS NULL)) x").setParameter(1, tenantCutoff)
                .getSingleResult()).intValue();
        if (!dryRun) {
            for (UUID id : ids) {
                anonymise(id);
            }
        }
        return new RuleResult("anonymise-former-tenants", ids.size(), held,
                "lease end + " + config.formerTenantYears() + " years [A]; open debts held");
    }

    /**
     * Removes every identifier but keeps the row, so the lease and the rent ledger (kept for the
     * accounting period) still balance without naming anyone.
     */
    public void anonymise(UUID personId) {
        List<String> keys = keysOf(personId);
        // The person's refusals of marketing and surveys (Art 21(3)) and the erasure itself (Art 17)
        // are kept as keyed hashes, so neither a re-created person nor the PMS import undoes them.
        tombstones.keepObjections(personId, identityKeyOf(personId), keys);
        tombstones.recordErasure(keys, LocalDate.now(HELSINKI));
        em.createNativeQuery("UPDATE person SET pic_encrypted = NULL, pic_key = NULL, pic_alias_key = NULL, pic_temporary = FALSE, "
                + "email_key = NULL, phone_key = NULL, "
                + "name_key = NULL, first_name = 'anonymised', last_name = 'anonymised', birth_date = NULL, email = NULL, "
                + "phone = NULL, street_address = NULL, postal_code = NULL, city = NULL, external_pms_id = NULL, "
                + "anonymised_at = now(), version = version + 1 WHERE id = ?1").setParameter(1, personId).executeUpdate();
        for (String table : List.of("field_provenance", "marketing_preference", "credit_check", "population_query", "disclosure",
                "survey_response", "fault_report", "processing_objection", "compelling_grounds")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE person_id = ?1").setParameter(1, personId).executeUpdate();
        }
        if (!keys.isEmpty()) {
            audit.record(AuditAction.ANONYMISE, keys.get(0), "person", personId.toString(), "retention");
        }
    }

    private String identityKeyOf(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT pic_key FROM person WHERE id = ?1").setParameter(1, personId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Every subject key of a person, the most specific first (the audit key). */
    private List<String> keysOf(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pic_key, email_key, phone_key, name_key, pic_alias_key FROM person "
                + "WHERE id = ?1").setParameter(1, personId).getResultList();
        List<String> keys = new ArrayList<>();
        for (Object[] row : rows) {
            for (Object k : row) {
                if (k != null) {
                    keys.add((String) k);
                }
            }
        }
        return keys;
    }

    private int count(String from, Object... params) {
        var q = em.createNativeQuery("SELECT count(*) " + from);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).intValue();
    }

    private static Instant startOf(LocalDate d) {
        return d.atStartOfDay(HELSINKI).toInstant();
    }
}
