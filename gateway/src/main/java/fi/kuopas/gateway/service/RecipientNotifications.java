package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Art 19: every recipient a register disclosed the subject's data to is told of a rectification,
 * erasure or restriction, unless that is impossible or involves disproportionate effort, which is
 * recorded with the reason. The subject is told the recipients on request: the report lists them.
 */
@ApplicationScoped
public class RecipientNotifications {

    private final CaseService cases;
    private final CaseJournal journal;

    public RecipientNotifications(CaseService cases, CaseJournal journal) {
        this.cases = cases;
        this.journal = journal;
    }

    /** One task per recipient in a register's answer to a changing step (dry runs excluded). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(DsrCase c, Phase phase, String register, Object answer) {
        List<String> recipients = switch (phase) {
            case RECTIFICATION, RESTRICTION -> answer instanceof DsrOutcome o ? o.recipientsToNotify() : List.of();
            case ERASURE -> answer instanceof ErasureReport r ? r.recipientsToNotify() : List.of();
            default -> List.of();
        };
        int added = 0;
        for (String recipient : recipients == null ? List.<String>of() : recipients) {
            String name = recipient.length() > 300 ? recipient.substring(0, 300) : recipient;
            if (RecipientNotification.count("caseId = ?1 AND registerName = ?2 AND recipient = ?3", c.id, register, name) == 0) {
                RecipientNotification n = new RecipientNotification();
                n.caseId = c.id;
                n.registerName = register;
                n.recipient = name;
                n.status = RecipientNotification.Status.PENDING;
                n.persist();
                added++;
            }
        }
        return added;
    }

    @Transactional
    public void decide(UUID caseId, UUID notificationId, CaseCommands.RecipientDecision request) {
        DsrCase c = cases.lock(caseId);
        RecipientNotification n = RecipientNotification.findById(notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || !n.caseId.equals(c.id)) {
            throw ProblemException.notFound("recipient notification " + notificationId + " of this case");
        }
        if (n.status != RecipientNotification.Status.PENDING) {
            throw ProblemException.conflict("this recipient notification is already " + n.status);
        }
        if (request.status() == RecipientNotification.Status.PENDING) {
            throw ProblemException.badRequest("status must be SENT or NOT_NEEDED");
        }
        if (request.status() == RecipientNotification.Status.SENT && blank(request.reference())) {
            throw ProblemException.badRequest("reference is required when the recipient was told");
        }
        if (request.status() == RecipientNotification.Status.NOT_NEEDED && blank(request.reason())) {
            throw ProblemException.badRequest("reason is required: Art 19 excuses only impossibility or disproportionate effort");
        }
        n.status = request.status();
        n.decidedAt = Instant.now();
        n.decidedBy = journal.actor();
        n.reference = blank(request.reference()) ? null : request.reference().strip();
        n.reason = blank(request.reason()) ? null : request.reason().strip();
        journal.step(c, "RECIPIENT_" + n.status, n.registerName);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecipientNotification> list(UUID caseId) {
        return RecipientNotification.list("caseId = ?1 ORDER BY registerName, recipient", caseId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
