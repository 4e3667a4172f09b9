package fi.kuopas.customer.retention;

import fi.kuopas.customer.service.Tombstones;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.retention.RetentionStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the customer register's retention does to a person, shared by its retention rules
 * ({@link CustomerRetentionRules}) and by erasure: anonymise (the row stays for the ledger) or delete,
 * keeping the person's objections as keyed tombstones either way, and auditing under the person's
 * most specific key. Also the small date and count helpers the rules share.
 */
@ApplicationScoped
public class PersonRetention {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final EntityManager em;
    private final AuditLog audit;
    private final Tombstones tombstones;

    public PersonRetention(EntityManager em, AuditLog audit, Tombstones tombstones) {
        this.em = em;
        this.audit = audit;
        this.tombstones = tombstones;
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

    /** Deletes the person with everything about them; an objection to marketing or surveys outlives them (Art 21(3)). */
    void delete(UUID personId, String reason) {
        List<String> keys = keysOf(personId);
        tombstones.keepObjections(personId, identityKeyOf(personId), keys);
        em.createNativeQuery("DELETE FROM person WHERE id = ?1").setParameter(1, personId).executeUpdate();
        if (!keys.isEmpty()) {
            audit.record(AuditAction.DELETE, keys.get(0), "person", personId.toString(), reason);
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

    /** The day in Helsinki of a run's moment. */
    static LocalDate today(Instant now) {
        return now.atZone(HELSINKI).toLocalDate();
    }

    static Instant startOf(LocalDate d) {
        return d.atStartOfDay(HELSINKI).toInstant();
    }

    int count(String from, Object... params) {
        var q = em.createNativeQuery("SELECT count(*) " + from);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).intValue();
    }

    /** Counts (dry run) or deletes the rows of {@code from}: the kit's one statement for it. */
    int countOrDelete(boolean dryRun, String from, Object... params) {
        return RetentionStatements.countOrDelete(em, dryRun, from, params);
    }

    int update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<UUID> ids(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }
}
