package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.AnswerChannel;
import fi.kuopas.gateway.domain.CaseMatch;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.IdentifierKind;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the case queries answer: a case as the DPO reads it, read in one transaction with the identity
 * code masked, the possible matches' hints opened and the deadline's flags worked out. The API's bodies
 * are copied from these (mapping); the console's pages render them as they are.
 */
public final class CaseViews {

    private CaseViews() {
    }

    /** One identifier of the subject (kind only) and its proof. */
    public record IdentifierView(IdentifierKind identifier, boolean verified, ProofMethod method, String reference,
            Instant verifiedAt) {
    }

    /** A record a register found only through an unproved identifier, with the DPO's decision. */
    public record MatchView(UUID id, String register, String recordKind, List<String> matchedIdentifiers, String hint,
            CaseMatch.Status status, Instant foundAt, Instant decidedAt, String decidedBy, String reason) {
    }

    /** Four-eyes: who opened the erasure case and which second DPO approved it. */
    public record ErasureApproval(String openedBy, String approvedBy, Instant approvedAt) {
    }

    public record AnswerView(Instant answeredAt, AnswerChannel channel, String reference) {
    }

    public record RefusalView(RefusalGround ground, String reason, Instant refusedAt) {
    }

    /** Why the clock is (or was) stopped. */
    public record PauseView(String reason, Instant informationRequestedAt, String requestReference) {
    }

    /** Art 19: a recipient of the subject's data to tell of the change. */
    public record RecipientView(UUID id, String register, String recipient, RecipientNotification.Status status,
            Instant decidedAt, String decidedBy, String reference, String reason) {
    }

    /** The subject as shown to the DPO: identity code masked. */
    public record SubjectView(String name, String personalIdentityCode, String email, String phone, String birthDate) {
    }

    public record VerificationView(VerificationMethod method, String reference, Instant verifiedAt) {
    }

    public record ExtensionView(int months, String reason, Instant extendedAt) {
    }

    /** One register's part of one step of the case. */
    public record RegisterView(String register, String url, RegisterTask.Phase phase, int round, RegisterTask.Status status,
            int attempts, String lastError, Instant nextAttemptAt, Instant completedAt) {
    }

    public record StepView(Instant at, String actor, String action, String detail) {
    }

    /** A case with its status overall and per register; {@code clockPaused} while identity is unverified. */
    public record CaseView(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt, boolean clockPaused,
            boolean overdue, SubjectView subject, VerificationView verification, ExtensionView extension,
            List<RegisterView> registers, List<StepView> history, Instant completedAt, Instant cancelledAt,
            List<IdentifierView> identifiers, List<MatchView> possibleMatches, ErasureApproval erasureApproval,
            AnswerView answer, RefusalView refusal, PauseView pause, List<RecipientView> recipients, boolean followUp) {
    }

    /** A case in a list: its deadline's flags and how many registers are pending. */
    public record CaseSummary(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt,
            boolean clockPaused, boolean overdue, boolean dueSoon, int pendingRegisters, Instant answeredAt, boolean followUp) {
    }

    /** A case's possible matches, the deciding staff member included. */
    static List<MatchView> matches(List<CaseMatches.Found> found) {
        return found.stream().map(f -> {
            CaseMatch m = f.match();
            return new MatchView(m.id, m.registerName, m.recordKind, Arrays.asList(m.matchedIdentifiers.split(" ")),
                    f.hint(), m.status, m.foundAt, m.decidedAt, m.decidedBy, m.decisionReason);
        }).toList();
    }

    /** Art 19 recipients; who decided only for staff, never in the subject's report. */
    static List<RecipientView> recipients(List<RecipientNotification> notifications, boolean withStaff) {
        return notifications.stream()
                .map(n -> new RecipientView(n.id, n.registerName, n.recipient, n.status, n.decidedAt,
                        withStaff ? n.decidedBy : null, n.reference, n.reason))
                .toList();
    }
}
