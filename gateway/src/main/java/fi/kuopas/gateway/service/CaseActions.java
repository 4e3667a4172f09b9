package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.registers.FanOut;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Every decision a DPO takes on a case, in one place for both ways in: the JSON API
 * ({@code rest.CaseResource}, {@code rest.CaseCollectionResource}) and the console's forms
 * ({@code console.ConsoleResource}). Each action records the decision through the service that owns
 * its rule and, where the decision lets the registers be asked (opening a verified case, a recorded
 * verification, a confirmed match, the lift notice, an approved erasure), starts those calls.
 * Deliberately not transactional: each recording commits in its own transaction first, so a
 * register is never asked on the strength of a decision that could still roll back.
 */
@ApplicationScoped
public class CaseActions {

    private final CaseService cases;
    private final CaseAnswers answers;
    private final MatchDecisions matches;
    private final RecipientNotifications recipients;
    private final FanOut fanOut;

    public CaseActions(CaseService cases, CaseAnswers answers, MatchDecisions matches, RecipientNotifications recipients,
            FanOut fanOut) {
        this.cases = cases;
        this.answers = answers;
        this.matches = matches;
        this.recipients = recipients;
        this.fanOut = fanOut;
    }

    /** Opens a case; the registers are asked at once when identity is already verified. */
    public CaseCommands.Opened open(CaseCommands.Open request) {
        CaseCommands.Opened created = cases.open(request);
        if (created.status() == CaseStatus.IN_PROGRESS) {
            fanOut.dispatch(created.id());
        }
        return created;
    }

    /** Identity verified: the clock resumes and the registers are asked. */
    public void verify(UUID id, CaseCommands.Verification request) {
        cases.recordVerification(id, request);
        fanOut.dispatch(id);
    }

    /** Art 12(3): the deadline extended once, with reasons. */
    public CaseCommands.Extended extend(UUID id, CaseCommands.Extension request) {
        return cases.extend(id, request);
    }

    /** Art 12(4)/(5), 11(2): refused, with the notice to send. */
    public CaseCommands.Refused refuse(UUID id, CaseCommands.Refusal request) {
        return answers.refuse(id, request);
    }

    /** Art 12(1): the answer sent to the subject. */
    public void answer(UUID id, CaseCommands.Answer request) {
        answers.answer(id, request);
    }

    /** Art 12(6): a reasonable doubt about identity; the clock stops. */
    public void doubt(UUID id, CaseCommands.Doubt doubt) {
        answers.pause(id, doubt);
    }

    public void cancel(UUID id, String reason) {
        cases.cancel(id, reason);
    }

    /** Art 18(3): the subject was told before the restriction is lifted; the registers are asked to lift it. */
    public void recordLiftNotice(UUID id, CaseCommands.LiftNotice request) {
        cases.recordLiftNotice(id, request);
        fanOut.dispatch(id);
    }

    /** Art 19: a recipient told of the change, or why that is not needed. */
    public void decideRecipient(UUID id, UUID notificationId, CaseCommands.RecipientDecision request) {
        recipients.decide(id, notificationId, request);
    }

    /** The subject proved the identifier that matched: every register is asked again. */
    public void confirmMatch(UUID id, UUID matchId, CaseCommands.Proof proof) {
        matches.confirm(id, matchId, proof);
        fanOut.dispatch(id);
    }

    public void dismissMatch(UUID id, UUID matchId, String reason) {
        matches.dismiss(id, matchId, reason);
    }

    /** Four eyes: the second DPO's approval of the previewed erasure. */
    public void approveErasure(UUID id) {
        cases.approveErasure(id);
    }

    /** After the preview and the approval: every register erases for real. */
    public void executeErasure(UUID id) {
        cases.executeErasure(id);
        fanOut.dispatch(id);
    }
}
