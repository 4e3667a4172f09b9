package fi.kuopas.consent.retention;

import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import fi.kuopas.privacy.retention.RetentionStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * consent-service's second retention rule (docs/domain-rules.md, "Consent service"): a consent, and
 * its evidence, is kept while valid and {@code kuopas.consent.retention.proof-years} years after its
 * withdrawal, refusal or expiry (Art 7(1) proof, Art 17(3)(e) legal claims: Act 728/2003 §4), and
 * then goes (Art 5(1)(e)). Cookie choices are consents of the device purposes ({@code purpose.subject_kind}
 * DEVICE), filed under the device key in the same tables, so this rule is theirs too: a refusal is
 * kept that many years after it was made, an acceptance after it was withdrawn or expired.
 *
 * <p>What the rows are and when they end. One consent is one (subject key, purpose) pair:
 * <ul>
 * <li>{@code consent_record}: its history, append-only (V3), one row per GRANTED, WITHDRAWN, REFUSED
 * or EXPIRED, each at its {@code occurred_at};</li>
 * <li>{@code consent_state}: its current state, derived from the newest record in the same
 * transaction ({@code since} = that record's {@code occurred_at}, {@code last_record_id}). The consent
 * has ended when the state is WITHDRAWN (withdrawn by the subject, an objection or an erasure), REFUSED
 * (a refusal, possibly ending a consent) or EXPIRED (written by the expiry job once {@code expires_at}
 * has passed; a GRANTED state past its {@code expires_at} has not ended yet: the registers have not
 * been told). The end is {@code since}. A consent given again later is GRANTED again, so it has not
 * ended;</li>
 * <li>{@code subject_link}: the other identifiers of the person, linked to the key consents are
 * filed under ({@code filed_key}); they serve every consent and objection of that key, so they end
 * only when no consent record and no objection of the key is left;</li>
 * <li>{@code objection} (Art 21, including direct-marketing refusals, the suppression that grants
 * check): not this rule's; kept as long as it must be honoured;</li>
 * <li>{@code erasure_hold}: an erased key's minimal proof, {@link ProofPastHold}'s. A key with any
 * erasure hold is left to that rule (it runs first and removes the holds that have passed); an ended
 * consent of a key whose hold still runs is counted as held.</li>
 * </ul>
 *
 * <p>Due: every consent whose state ended before now minus proof-years, of a key with no erasure hold
 * and no restriction in force (kit_restriction, Art 18(1)(c): counted as held, as {@link ProofPastHold}
 * does). Its history rows, its links if nothing of the key remains, and its state are deleted in three
 * set-based statements over the same set; {@code affected} counts consents (a dry run counts them and
 * deletes nothing). The registers already applied the withdrawal, refusal or expiry when it happened,
 * so no event goes out (nor does {@link ProofPastHold} send one); each key is audited (one statement).
 * The V13 trigger lets a history row be deleted only when its consent ended over three years ago (the
 * shortest proof-years) and its key has no running erasure hold and no restriction in force.
 */
@ApplicationScoped
public class EndedConsentPastProof extends NamedRetentionRule.Holding {

    public static final String NAME = "consent-ended-past-proof";
    /** After {@link ProofPastHold}, which removes the erasure holds that have passed. */
    static final int ORDER = 1;

    /** Consents that ended before ?1 (and, like the V13 trigger, over three years ago by the database's clock). */
    private static final String ENDED = "FROM consent_state s WHERE s.state IN ('WITHDRAWN', 'REFUSED', 'EXPIRED')"
            + " AND s.since < ?1 AND s.since < now() - interval '3 years'";
    private static final String RESTRICTED =
            "EXISTS (SELECT 1 FROM kit_restriction r WHERE r.subject_key = s.subject_key AND r.lifted_at IS NULL)";
    /** Due: ?1 the end before which a consent is due. */
    private static final String DUE = ENDED + " AND NOT " + RESTRICTED
            + " AND NOT EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_key = s.subject_key)";
    /** Held: ?1 as above, ?2 today (UTC): a hold with until_date from today on still runs. */
    private static final String HELD = ENDED + " AND (" + RESTRICTED
            + " OR EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_key = s.subject_key AND h.until_date >= ?2))";

    private final EntityManager em;
    private final AuditLog audit;
    private final int proofYears;

    public EndedConsentPastProof(EntityManager em, AuditLog audit, ConsentConfig config) {
        super(NAME, "GDPR Art 5(1)(e), Art 7(1), Art 17(3)(e): consents and cookie choices kept "
                + config.retention().proofYears() + " years after withdrawal, refusal or expiry (Act 728/2003 §4); "
                + "restricted keys held (Art 18(1)(c))", ORDER);
        this.em = em;
        this.audit = audit;
        this.proofYears = config.retention().proofYears();
    }

    @Override
    public Result execute(Instant now, boolean dryRun) {
        Instant endedBefore = now.atZone(ZoneOffset.UTC).minusYears(proofYears).toInstant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int held = ((Number) em.createNativeQuery("SELECT count(*) " + HELD)
                .setParameter(1, endedBefore).setParameter(2, today).getSingleResult()).intValue();
        if (dryRun) {
            return new Result(RetentionStatements.countOrDelete(em, true, DUE, endedBefore), held);
        }
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("SELECT DISTINCT s.subject_key " + DUE + " ORDER BY 1", String.class)
                .setParameter(1, endedBefore).getResultList();
        if (keys.isEmpty()) {
            return new Result(0, held);
        }
        String pairs = " IN (SELECT s.subject_key, s.purpose_code " + DUE + ")";
        // The history first, while the states still say the consent ended: the trigger (V13) checks them.
        update("DELETE FROM consent_record c WHERE (c.subject_key, c.purpose_code)" + pairs, endedBefore);
        // A link serves every consent and objection filed under its key: it goes only when none is left.
        update("DELETE FROM subject_link l WHERE l.filed_key IN (SELECT s.subject_key " + DUE + ")"
                + " AND NOT EXISTS (SELECT 1 FROM consent_record c WHERE c.subject_key = l.filed_key)"
                + " AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.subject_key = l.filed_key)", endedBefore);
        int consents = RetentionStatements.countOrDelete(em, false, DUE, endedBefore);
        audit.recordEach(AuditAction.DELETE, keys, "consent", "retention: consent ended more than " + proofYears
                + " years ago (Art 5(1)(e), Art 17(3)(e))");
        return new Result(consents, held);
    }

    private void update(String sql, Instant endedBefore) {
        em.createNativeQuery(sql).setParameter(1, endedBefore).executeUpdate();
    }
}
