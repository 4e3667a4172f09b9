package fi.kuopas.consent.retention;

import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * consent-service's retention rule, run by the kit (docs/domain-rules.md, "Consent"): an Art 17
 * erasure keeps a minimal proof of each consent under an {@code erasure_hold} until the general
 * limitation period of claims ends (Art 17(3)(e); Act 728/2003 §4; kuopas.consent.retention.proof-years),
 * and tells the subject that date. Once every hold of a subject key has passed ({@code until_date}
 * before today, UTC), that key's proof goes: the consent history the erasure marked ({@code consent_record}
 * rows with {@code erased}, which the V12 trigger lets be deleted only then), the current states derived
 * from it, the identifiers linked to consents filed under it ({@code subject_link}) and the holds
 * themselves (Art 5(1)(e)). A consent given again after the erasure is no proof but a consent in
 * force: its records, state and links stay.
 *
 * <p>Kept: objections (they are what stops marketing from starting again, Art 21(3)) and, with them,
 * the links that let an objection filed under the key be found by the person's other identifiers;
 * and the whole proof of a key whose processing is restricted (kit_restriction in force, Art 18(1)(c)),
 * counted as held. Set-based: four statements over the same set of keys, whatever their number;
 * {@code affected} counts subject keys. Each deleted key is audited (one statement).
 */
@ApplicationScoped
public class ProofPastHold extends NamedRetentionRule.Holding {

    public static final String NAME = "consent-proof-past-hold";

    /** Subject keys whose erasure holds have all passed before ?1; append the restriction condition. */
    private static final String PASSED = """
            SELECT h.subject_key FROM erasure_hold h GROUP BY h.subject_key HAVING max(h.until_date) < ?1""";
    private static final String RESTRICTED = """
            EXISTS (SELECT 1 FROM kit_restriction r WHERE r.subject_key = h.subject_key AND r.lifted_at IS NULL)""";
    private static final String DUE = PASSED + " AND NOT " + RESTRICTED;
    private static final String HELD = PASSED + " AND " + RESTRICTED;

    private final EntityManager em;
    private final AuditLog audit;

    public ProofPastHold(EntityManager em, AuditLog audit, ConsentConfig config) {
        super(NAME, "GDPR Art 5(1)(e), Art 17(3)(e): minimal proof of consent kept after erasure until its hold ends "
                + "(Act 728/2003 §4, " + config.retention().proofYears() + " years); restricted keys held (Art 18(1)(c))");
        this.em = em;
        this.audit = audit;
    }

    @Override
    public Result execute(Instant now, boolean dryRun) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery(DUE + " ORDER BY h.subject_key", String.class)
                .setParameter(1, today).getResultList();
        int held = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + HELD + ") held")
                .setParameter(1, today).getSingleResult()).intValue();
        if (!dryRun && !due.isEmpty()) {
            String keys = " IN (" + DUE + ")";
            // The history first, while its holds still exist: the append-only trigger (V12) allows a
            // DELETE only for a key with an erasure hold and none still running.
            // A consent given again after the erasure is not proof but a consent in force: only the
            // records the erasure marked go, and the states and links only where nothing else remains.
            delete("DELETE FROM consent_record WHERE erased AND subject_key" + keys, today);
            delete("DELETE FROM consent_state s WHERE s.subject_key" + keys
                    + " AND NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.id = s.last_record_id)", today);
            delete("DELETE FROM subject_link WHERE filed_key" + keys
                    + " AND NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.subject_key = subject_link.filed_key)"
                    + " AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.subject_key = subject_link.filed_key)", today);
            delete("DELETE FROM erasure_hold WHERE subject_key IN (SELECT d.subject_key FROM (" + DUE + ") d)", today);
            audit.recordEach(AuditAction.DELETE, due, "consent",
                    "retention: minimal proof of consent past its erasure hold (Art 17(3)(e), Act 728/2003 §4)");
        }
        return new Result(due.size(), held);
    }

    private void delete(String sql, LocalDate today) {
        em.createNativeQuery(sql).setParameter(1, today).executeUpdate();
    }
}
