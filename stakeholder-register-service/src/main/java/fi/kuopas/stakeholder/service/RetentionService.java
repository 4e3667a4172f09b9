package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.stakeholder.config.StakeholderConfig;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.RetentionRun;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Retention (docs/domain-rules.md, Art 5(1)(e)): a contact person is deleted once the configured number of
 * years (kuopas.stakeholder.retention.years, default 2 [A]; the register description states the
 * same property, Art 13(2)(a)) has passed since the later of their last interaction (or creation)
 * and the end of their organisation's relationship. Their interactions (event invitations
 * included) and memberships go with them. Restricted persons are kept: a restriction is
 * often asked for to preserve data for a legal claim (Art 18(1)(c)). Suppression entries are never
 * deleted here. The run log keeps counts only.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    private static final String EXPIRED = """
            SELECT p.id FROM contact_person p JOIN organisation o ON o.id = p.organisation_id
            WHERE p.restricted_since IS NULL
              AND GREATEST(COALESCE(p.last_interaction_at, p.created_at),
                           COALESCE(CAST(o.relationship_ended_on AS TIMESTAMPTZ), p.created_at)) < ?1
            ORDER BY p.id""";

    private final StakeholderConfig config;
    private final EntityManager em;
    private final AuditLog audit;

    public RetentionService(StakeholderConfig config, EntityManager em, AuditLog audit) {
        this.config = config;
        this.em = em;
        this.audit = audit;
    }

    public RetentionRun run(boolean dryRun, String startedBy) {
        int years = config.retention().years();
        Instant cutoff = ZonedDateTime.now(ZoneOffset.UTC).minusYears(years).toInstant();
        @SuppressWarnings("unchecked")
        List<UUID> expired = em.createNativeQuery(EXPIRED, UUID.class).setParameter(1, cutoff).getResultList();
        RetentionRun run = new RetentionRun();
        run.ranAt = Instant.now();
        run.dryRun = dryRun;
        run.rule = "contact persons: " + years + " year(s) after last interaction or end of relationship";
        run.cutoff = cutoff;
        run.startedBy = startedBy;
        run.contactPersons = expired.size();
        run.interactions = expired.isEmpty() ? 0 : count("interaction", expired);
        run.memberships = expired.isEmpty() ? 0 : count("mailing_list_member", expired);
        if (!dryRun) {
            for (UUID id : expired) {
                ContactPerson p = ContactPerson.findById(id);
                audit.record(AuditAction.DELETE, p.auditKey(), "contact-person", p.id.toString(), "retention: " + run.rule);
                p.delete();
            }
        }
        run.persist();
        Log.infof("retention %s: %d contact person(s), %d interaction(s), %d membership(s) %s",
                dryRun ? "dry run" : "run", run.contactPersons, run.interactions, run.memberships,
                dryRun ? "would be deleted" : "deleted");
        return run;
    }

    public List<RetentionRun> history(int size) {
        return RetentionRun.<RetentionRun>find("order by ranAt desc").page(0, size).list();
    }

    private int count(String table, List<UUID> personIds) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE contact_person_id IN (?1)")
                .setParameter(1, personIds).getSingleResult();
        return n.intValue();
    }
}
