package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.AnswerChannel;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.IdentifierKind;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the case services are asked to do, and what they answer, in their own terms: the API's and
 * the console's bodies are turned into these by {@code mapping.CaseMapping}, so a service never sees a
 * transport type. The shape (sizes, patterns, required fields) was validated on the bodies; the rules
 * are the services'.
 */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * A new case: the subject's identifiers, how identity was verified ({@code NONE} when not at all) and the
     * further identifiers proved, when it was received ({@code null}: now), and what the request type needs
     * (corrections, the objection, the restriction's direction); {@code doubt} stops the clock of an unverified one.
     */
    public record Open(RequestType type, SubjectIdentifiers subject, VerificationMethod method, String verificationReference,
            List<IdentifierProof> proofs, String details, Instant receivedAt, List<RectificationCall.Correction> corrections,
            String objectionPurpose, String objectionGrounds, RestrictionCall.Action restriction, Doubt doubt) {
    }

    /** One further identifier the subject proved, and how. */
    public record IdentifierProof(IdentifierKind identifier, ProofMethod method, String reference) {
    }

    /** A case as opened. */
    public record Opened(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt) {
    }

    /** Art 12(1): how and when the subject was answered ({@code answeredAt} null: now). */
    public record Answer(AnswerChannel channel, String reference, Instant answeredAt) {
    }

    /** Art 12(4)/(5), 11(2): the ground and the reasons. */
    public record Refusal(RefusalGround ground, String reason) {
    }

    /** Art 12(6): the reasonable doubt and the request for information sent ({@code informationRequestedAt} null: now). */
    public record Doubt(String reason, String requestReference, Instant informationRequestedAt) {
    }

    /** How identity was verified. */
    public record Verification(VerificationMethod method, String reference) {
    }

    /** Art 12(3): the reasons, and the months to add ({@code null}: the most allowed). */
    public record Extension(String reason, Integer months) {
    }

    /** Art 18(3): how the subject was told before a restriction is lifted. */
    public record LiftNotice(AnswerChannel channel, String reference) {
    }

    /** How the subject proved one identifier. */
    public record Proof(ProofMethod method, String reference) {
    }

    /** Art 19: a recipient told of the change (with a reference), or why that is not needed. */
    public record RecipientDecision(RecipientNotification.Status status, String reference, String reason) {
    }

    /** A refusal as recorded, with what its notice to the subject says. */
    public record Refused(UUID id, Instant receivedAt, RefusalGround ground, String reason, Instant refusedAt) {
    }

    /** An extension as recorded, with what its notice to the subject says. */
    public record Extended(UUID id, Instant receivedAt, Instant originalDueAt, Instant dueAt, int months, String reason) {
    }
}
