package fi.kuopas.gateway.mapping;

import fi.kuopas.gateway.domain.AnswerChannel;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.gateway.rest.CaseDtos.AnswerRequest;
import fi.kuopas.gateway.rest.CaseDtos.CancellationRequest;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionRequest;
import fi.kuopas.gateway.rest.CaseDtos.IdentityDoubt;
import fi.kuopas.gateway.rest.CaseDtos.LiftNoticeRequest;
import fi.kuopas.gateway.rest.CaseDtos.MatchConfirmation;
import fi.kuopas.gateway.rest.CaseDtos.MatchDismissal;
import fi.kuopas.gateway.rest.CaseDtos.OpenCaseRequest;
import fi.kuopas.gateway.rest.CaseDtos.RecipientNotificationRequest;
import fi.kuopas.gateway.rest.CaseDtos.RefusalRequest;
import fi.kuopas.gateway.rest.CaseDtos.Verification;
import fi.kuopas.gateway.rest.CaseDtos.VerificationRequest;
import fi.kuopas.gateway.service.CaseCommands;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The console's forms, checked alike with the API: a form's values fill the body the API takes, the
 * body's constraints are checked (the same messages, keyed by the body's property paths), and a valid
 * body becomes the command the API's body would become ({@link CaseMapping}).
 */
public final class CaseForms {

    private CaseForms() {
    }

    /** A form's command, or what is wrong with it by property path (in the validator's order); no command then. */
    public record Checked<C>(C command, Map<String, String> violations) {
    }

    /** A case to open; no verification method is no verification. */
    public static Checked<CaseCommands.Open> open(Validator validator, RequestType type, SubjectIdentifiers subject,
            VerificationMethod method, String reference, String details) {
        return check(validator, new OpenCaseRequest(type, subject, method == null ? null : new Verification(method, reference), details,
                null, null, null, null, null, null), CaseMapping::open);
    }

    public static Checked<CaseCommands.Verification> verification(Validator validator, VerificationMethod method, String reference) {
        return check(validator, new VerificationRequest(method, reference), CaseMapping::verification);
    }

    public static Checked<CaseCommands.Extension> extension(Validator validator, String reason, Integer months) {
        return check(validator, new ExtensionRequest(reason, months), CaseMapping::extension);
    }

    public static Checked<CaseCommands.Refusal> refusal(Validator validator, RefusalGround ground, String reason) {
        return check(validator, new RefusalRequest(ground, reason), CaseMapping::refusal);
    }

    /** The answer, sent now. */
    public static Checked<CaseCommands.Answer> answer(Validator validator, AnswerChannel channel, String reference) {
        return check(validator, new AnswerRequest(channel, reference, null), CaseMapping::answer);
    }

    /** The cancellation's reason. */
    public static Checked<String> cancellation(Validator validator, String reason) {
        return check(validator, new CancellationRequest(reason), CancellationRequest::reason);
    }

    public static Checked<CaseCommands.Proof> proof(Validator validator, ProofMethod method, String reference) {
        return check(validator, new MatchConfirmation(method, reference), CaseMapping::proof);
    }

    /** The dismissal's reason. */
    public static Checked<String> dismissal(Validator validator, String reason) {
        return check(validator, new MatchDismissal(reason), MatchDismissal::reason);
    }

    /** The doubt, with the request for information sent now. */
    public static Checked<CaseCommands.Doubt> doubt(Validator validator, String reason, String requestReference) {
        return check(validator, new IdentityDoubt(reason, requestReference, null), CaseMapping::doubt);
    }

    public static Checked<CaseCommands.LiftNotice> liftNotice(Validator validator, AnswerChannel channel, String reference) {
        return check(validator, new LiftNoticeRequest(channel, reference), CaseMapping::liftNotice);
    }

    public static Checked<CaseCommands.RecipientDecision> recipientDecision(Validator validator, RecipientNotification.Status status,
            String reference, String reason) {
        return check(validator, new RecipientNotificationRequest(status, reference, reason), CaseMapping::recipientDecision);
    }

    private static <B, C> Checked<C> check(Validator validator, B body, Function<B, C> command) {
        Map<String, String> violations = new LinkedHashMap<>();
        for (ConstraintViolation<B> v : validator.validate(body)) {
            violations.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return new Checked<>(violations.isEmpty() ? command.apply(body) : null, violations);
    }
}
