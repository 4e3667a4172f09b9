package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.service.StakeholderCommands.NewInteraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Meetings, messages and invitations; the latest one keeps the contact person's retention period running. */
@ApplicationScoped
@Transactional
public class InteractionService {

    private static final String RECORD = "interaction";

    private final AuditLog audit;
    private final RestrictionGuard restriction;
    private final Caller actor;

    public InteractionService(AuditLog audit, RestrictionGuard restriction, Caller actor) {
        this.audit = audit;
        this.restriction = restriction;
        this.actor = actor;
    }

    public Interaction record(UUID personId, NewInteraction request) {
        ContactPerson p = ContactPersonService.find(personId);
        restriction.requireRecordNotRestricted(RestrictionMarker.key(p.id), p.auditKey(), "contact-person", p.id.toString());
        Interaction i = new Interaction();
        i.contactPerson = p;
        i.type = request.type();
        i.occurredAt = request.occurredAt();
        i.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        i.recordedBy = actor.name();
        i.createdAt = Instant.now();
        i.persist();
        if (p.lastInteractionAt == null || i.occurredAt.isAfter(p.lastInteractionAt)) {
            p.lastInteractionAt = i.occurredAt;
        }
        audit.record(AuditAction.CREATE, p.auditKey(), RECORD, i.id.toString(), ContactPersonService.PURPOSE);
        return i;
    }

    public List<Interaction> list(UUID personId) {
        ContactPerson p = ContactPersonService.find(personId);
        restriction.requireRecordNotRestricted(RestrictionMarker.key(p.id), p.auditKey(), "contact-person", p.id.toString());
        audit.record(AuditAction.VIEW, p.auditKey(), RECORD, p.id.toString(), ContactPersonService.PURPOSE);
        return Interaction.list("contactPerson = ?1 order by occurredAt desc", p);
    }
}
