package fi.kuopas.stakeholder.retention;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import fi.kuopas.privacy.retention.RetentionStatements;
import fi.kuopas.stakeholder.config.StakeholderConfig;
import fi.kuopas.stakeholder.domain.ContactPerson;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The stakeholder register's retention (docs/domain-rules.md, Art 5(1)(e)), run by the kit: a
 * contact person is deleted once the configured number of years (kuopas.stakeholder.retention.years,
 * default 2 [A]; the register description states the same property, Art 13(2)(a)) has passed since
 * the later of their last interaction (or creation) and the end of their organisation's
 * relationship. Their interactions (event invitations included) and memberships go first, each
 * counted by its own rule, then the person. Restricted persons are kept and counted as held: a
 * restriction is often asked for to preserve data for a legal claim (Art 18(1)(c)). Suppression
 * entries are never deleted here. The run log keeps counts only.
 */
@ApplicationScoped
public class StakeholderRetentionRules {

    private static final String EXPIRED_PERSONS = """
            FROM contact_person p JOIN organisation o ON o.id = p.organisation_id
            WHERE GREATEST(COALESCE(p.last_interaction_at, p.created_at),
                           COALESCE(CAST(o.relationship_ended_on AS TIMESTAMPTZ), p.created_at)) < ?1""";

    private final StakeholderConfig config;
    private final EntityManager em;

    public StakeholderRetentionRules(StakeholderConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    /** The retention the register description promises must be the one applied: a retired setting stops the start. */
    public static void refuseRetiredPeriod(@Observes StartupEvent start, StakeholderConfig config) {
        config.retention().retiredPeriod().ifPresent(p -> {
            throw new IllegalStateException("kuopas.stakeholder.retention.period (STAKEHOLDER_RETENTION_PERIOD=" + p
                    + ") is no longer read: set kuopas.stakeholder.retention.years (STAKEHOLDER_RETENTION_YEARS) to whole years "
                    + "instead; the register description states that value");
        });
    }

    public int years() {
        return config.retention().years();
    }

    /** Contact persons whose period ended before {@code cutoff} are expired. */
    public Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusYears(years()).toInstant();
    }

    /** What every rule of the register cites. */
    String legalReference() {
        return "GDPR Art 5(1)(e): " + years() + " year(s) after last interaction or end of relationship [A]";
    }

    /** The expired, unrestricted contact persons, in id order. */
    @SuppressWarnings("unchecked")
    List<UUID> expired(Instant now) {
        return em.createNativeQuery("SELECT p.id " + EXPIRED_PERSONS + " AND p.restricted_since IS NULL ORDER BY p.id", UUID.class)
                .setParameter(1, cutoff(now)).getResultList();
    }

    /** Rows of {@code table} that belong to an expired, unrestricted contact person; deleted unless a dry run. */
    int ofExpired(String table, Instant now, boolean dryRun) {
        return RetentionStatements.countOrDelete(em, dryRun, "FROM " + table + " WHERE contact_person_id IN (SELECT p.id "
                + EXPIRED_PERSONS + " AND p.restricted_since IS NULL)", cutoff(now));
    }

    int restrictedExpired(Instant now) {
        return ((Number) em.createNativeQuery("SELECT count(*) " + EXPIRED_PERSONS + " AND p.restricted_since IS NOT NULL")
                .setParameter(1, cutoff(now)).getSingleResult()).intValue();
    }

    /** Interactions (event invitations included) of expired contact persons. */
    @ApplicationScoped
    public static class Interactions extends NamedRetentionRule {
        private final StakeholderRetentionRules rules;

        public Interactions(StakeholderRetentionRules rules) {
            super("contact-person-interactions", rules.legalReference(), 10);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            return rules.ofExpired("interaction", now, dryRun);
        }
    }

    /** Mailing-list memberships of expired contact persons. */
    @ApplicationScoped
    public static class Memberships extends NamedRetentionRule {
        private final StakeholderRetentionRules rules;

        public Memberships(StakeholderRetentionRules rules) {
            super("contact-person-memberships", rules.legalReference(), 20);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            return rules.ofExpired("mailing_list_member", now, dryRun);
        }
    }

    /** The expired contact persons themselves, each deletion audited; restricted ones are held. */
    @ApplicationScoped
    public static class ContactPersons extends NamedRetentionRule.Holding {
        private final StakeholderRetentionRules rules;
        private final AuditLog audit;

        public ContactPersons(StakeholderRetentionRules rules, AuditLog audit) {
            super("contact-persons", rules.legalReference() + "; restricted persons held (Art 18(1)(c))", 30);
            this.rules = rules;
            this.audit = audit;
        }

        @Override
        public Result execute(Instant now, boolean dryRun) {
            List<UUID> expired = rules.expired(now);
            int held = rules.restrictedExpired(now);
            if (!dryRun) {
                for (UUID id : expired) {
                    ContactPerson p = ContactPerson.findById(id);
                    audit.record(AuditAction.DELETE, p.auditKey(), "contact-person", p.id.toString(),
                            "retention: contact persons: " + rules.years() + " year(s) after last interaction or end of relationship");
                    p.delete();
                }
            }
            return new Result(expired.size(), held);
        }
    }
}
