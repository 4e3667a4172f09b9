package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.MailingBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies withdrawals and objections to every mailing: memberships go and the person's subject
 * keys join the suppression list, all in the caller's one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SuppressionService {

    private final EntityManager em;
    private final AuditLog audit;

    public SuppressionService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** What applying a suppression did. */
    public record Applied(int persons, int subjectKeys, int membershipsRemoved) {
    }

    /**
     * Suppresses the given keys and everyone known by one of them. {@code CONSENT_MAILINGS}
     * (withdrawn consent, Art 7(3)) ends consent-based memberships; {@code ALL_MAILINGS}
     * (objection, Art 21(3), or erasure) ends every membership.
     */
    public Applied suppress(Collection<String> subjectKeys, Suppression.Scope scope, Suppression.Reason reason,
            String purpose, String source) {
        List<ContactPerson> persons = ContactPerson.findByKeys(subjectKeys);
        Set<String> all = new LinkedHashSet<>(subjectKeys);
        persons.forEach(p -> all.addAll(p.keys()));
        return suppress(all, persons, scope, reason, purpose, source);
    }

    /**
     * Suppresses exactly the given keys and ends the memberships of exactly the given persons, no
     * one else: what a data-subject request does with the contact persons SubjectMatcher included,
     * so a key that merely matched someone else never touches that person's mailings.
     */
    public Applied suppress(Collection<String> subjectKeys, List<ContactPerson> persons, Suppression.Scope scope,
            Suppression.Reason reason, String purpose, String source) {
        Set<String> all = new LinkedHashSet<>(subjectKeys);
        for (String key : all) {
            insert(key, scope, reason, purpose, source);
        }
        int removed = 0;
        for (ContactPerson p : persons) {
            removed += removeMemberships(p, scope);
            audit.record(AuditAction.UPDATE, p.auditKey(), "mailing-list-member", p.id.toString(),
                    reason == Suppression.Reason.WITHDRAWAL ? "Art 7(3) consent withdrawn: removed from consent-based mailings"
                            : "Art 21 objection / Art 17 erasure: removed from every mailing");
        }
        return new Applied(persons.size(), all.size(), removed);
    }

    /** A new consent lifts an earlier withdrawal (not an objection or erasure, which only the subject can undo by asking). */
    public int liftWithdrawal(String subjectKey) {
        Set<String> all = new LinkedHashSet<>(Set.of(subjectKey));
        ContactPerson.findByKeys(List.of(subjectKey)).forEach(p -> all.addAll(p.keys()));
        return (int) Suppression.delete("subjectKey in ?1 and reason = ?2", all, Suppression.Reason.WITHDRAWAL);
    }

    public boolean blocks(ContactPerson p, MailingBasis basis) {
        return Suppression.blocks(p.keys(), basis);
    }

    private int removeMemberships(ContactPerson p, Suppression.Scope scope) {
        String sql = "DELETE FROM mailing_list_member m USING mailing_list l WHERE m.mailing_list_id = l.id"
                + " AND m.contact_person_id = ?1"
                + (scope == Suppression.Scope.CONSENT_MAILINGS ? " AND l.legal_basis = 'CONSENT'" : "");
        return em.createNativeQuery(sql).setParameter(1, p.id).executeUpdate();
    }

    private void insert(String key, Suppression.Scope scope, Suppression.Reason reason, String purpose, String source) {
        em.createNativeQuery("INSERT INTO suppression (id, subject_key, scope, reason, purpose, source, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (subject_key, reason, scope) DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, key).setParameter(3, scope.name())
                .setParameter(4, reason.name()).setParameter(5, purpose).setParameter(6, source)
                .setParameter(7, Instant.now()).executeUpdate();
    }
}
