package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseIdentifier;
import fi.kuopas.gateway.domain.CaseMatch;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.IdentifierKind;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The DPO's decision on a possible match. Confirming records how the subject proved the identifier
 * that matched — which makes it verified — and asks every register again in a new round; dismissing
 * records why. Both are case steps. A case closes only when no match is left undecided.
 */
@ApplicationScoped
public class MatchDecisions {

    private final CaseService cases;
    private final CaseIdentifiers identifiers;
    private final CaseProgress progress;
    private final CaseJournal journal;

    public MatchDecisions(CaseService cases, CaseIdentifiers identifiers, CaseProgress progress, CaseJournal journal) {
        this.cases = cases;
        this.identifiers = identifiers;
        this.progress = progress;
        this.journal = journal;
    }

    @Transactional
    public void confirm(UUID caseId, UUID matchId, CaseCommands.Proof proof) {
        DsrCase c = cases.lock(caseId);
        CaseMatch m = openMatch(c, matchId);
        Instant now = Instant.now();
        String actor = journal.actor();
        List<IdentifierKind> provable = Arrays.stream(m.matchedIdentifiers.split(" "))
                .filter(k -> !k.equals(IdentifierKind.NAME_AND_BIRTH_DATE.name()))
                .map(IdentifierKind::valueOf).toList();
        if (provable.isEmpty()) {
            throw ProblemException.conflict("this record matched on name and birth date alone, which never identifies a person; "
                    + "dismiss it, or open the case again with an identifier the subject can prove");
        }
        for (IdentifierKind kind : provable) {
            CaseIdentifier identifier = CaseIdentifier.findById(new CaseIdentifier.Key(c.id, kind), LockModeType.PESSIMISTIC_WRITE);
            if (identifier != null) {
                identifiers.prove(identifier, proof.method(), proof.reference().strip(), now, actor);
            }
        }
        m.status = CaseMatch.Status.CONFIRMED;
        m.decidedAt = now;
        m.decidedBy = actor;
        m.decisionReason = proof.method() + ": " + proof.reference().strip();
        journal.step(c, "POSSIBLE_MATCH_CONFIRMED", m.registerName + " " + m.recordKind + " via " + m.matchedIdentifiers
                + " (" + proof.method() + "); registers asked again; " + identifiers.summary(c.id));
        askAgain(c, now);
    }

    @Transactional
    public void dismiss(UUID caseId, UUID matchId, String reason) {
        DsrCase c = cases.lock(caseId);
        CaseMatch m = openMatch(c, matchId);
        Instant now = Instant.now();
        m.status = CaseMatch.Status.DISMISSED;
        m.decidedAt = now;
        m.decidedBy = journal.actor();
        m.decisionReason = reason.strip();
        journal.step(c, "POSSIBLE_MATCH_DISMISSED", m.registerName + " " + m.recordKind + " via " + m.matchedIdentifiers);
        if (c.status == CaseStatus.AWAITING_MATCH_DECISION) {
            progress.advance(c, now);
        }
    }

    private static CaseMatch openMatch(DsrCase c, UUID matchId) {
        CaseMatch m = CaseMatch.findById(matchId);
        if (m == null || !m.caseId.equals(c.id)) {
            throw ProblemException.notFound("possible match " + matchId + " of this case");
        }
        if (c.status.isClosed()) {
            throw ProblemException.conflict("the case is " + c.status);
        }
        if (m.status != CaseMatch.Status.OPEN) {
            throw ProblemException.conflict("this possible match has already been decided (" + m.status + ")");
        }
        return m;
    }

    /**
     * A new round of the case's current step at every register, with the wider verified set. An
     * erasure goes back to its preview, and any approval lapses: the second DPO approves what will
     * actually be erased.
     */
    private void askAgain(DsrCase c, Instant now) {
        Phase phase = c.type == RequestType.ERASURE ? Phase.ERASURE_PREVIEW : c.type.firstPhase();
        List<RegisterTask> previous = RegisterTask.list("caseId = ?1 AND round = ?2 AND phase = ?3", c.id, c.round, phase);
        RegisterTask.update("status = ?1 WHERE caseId = ?2 AND status = ?3", RegisterTask.Status.CANCELLED, c.id,
                RegisterTask.Status.PENDING);
        c.round++;
        for (RegisterTask before : previous) {
            RegisterTask task = RegisterTask.pending(c.id, before.registerUrl, phase, c.round, now);
            task.registerName = before.registerName;
            task.persist();
        }
        c.erasureApprovedBy = null;
        c.erasureApprovedAt = null;
        c.status = CaseStatus.IN_PROGRESS;
    }
}
