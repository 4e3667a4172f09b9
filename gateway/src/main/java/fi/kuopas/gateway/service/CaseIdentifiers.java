package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseIdentifier;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.IdentifierKind;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each identifier of a case with its proof (docs/domain-rules.md, "exact subject matching"). The
 * registers receive the keys split into verified and claimed; only verified keys can bring records
 * into an answer, so an email or phone typed beside a strongly identified identity code never
 * reaches another person's data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseIdentifiers {

    /** Which proof can prove which identifier: a one-time code proves control of a mailbox or phone, not an identity code. */
    private static final Map<ProofMethod, Set<IdentifierKind>> CAN_PROVE = Map.of(
            ProofMethod.STRONG_ELECTRONIC_IDENTIFICATION,
            EnumSet.of(IdentifierKind.PERSONAL_IDENTITY_CODE, IdentifierKind.NAME_AND_BIRTH_DATE),
            ProofMethod.IDENTITY_DOCUMENT_IN_PERSON,
            EnumSet.of(IdentifierKind.PERSONAL_IDENTITY_CODE, IdentifierKind.NAME_AND_BIRTH_DATE),
            ProofMethod.ONE_TIME_CODE, EnumSet.of(IdentifierKind.EMAIL, IdentifierKind.PHONE),
            ProofMethod.AUTHENTICATED_CUSTOMER_CHANNEL, EnumSet.of(IdentifierKind.EMAIL, IdentifierKind.PHONE),
            ProofMethod.CONFIRMED_BY_DPO, EnumSet.allOf(IdentifierKind.class));

    private final CaseJournal journal;

    public CaseIdentifiers(CaseJournal journal) {
        this.journal = journal;
    }

    /** The identifiers of a new case: proved by the case's verification method, or by their own recorded proof. */
    public void record(DsrCase c, Collection<String> keys, VerificationMethod method, List<CaseCommands.IdentifierProof> proofs, Instant now) {
        String actor = journal.actor();
        for (String key : keys) {
            CaseIdentifier.of(c.id, IdentifierKind.ofKey(key), key).persist();
        }
        if (method.verified()) {
            proveBy(c, method, c.verificationReference, now);
        }
        for (CaseCommands.IdentifierProof p : proofs) {
            CaseIdentifier identifier = CaseIdentifier.findById(new CaseIdentifier.Key(c.id, p.identifier()));
            if (identifier == null) {
                throw ProblemException.badRequest("verification.confirmedIdentifiers names " + p.identifier()
                        + ", which the subject did not give");
            }
            prove(identifier, p.method(), p.reference(), now, actor);
        }
    }

    /** Identity verified later: the method proves the identifiers it can (e.g. the identity code). */
    public void proveBy(DsrCase c, VerificationMethod method, String reference, Instant now) {
        String actor = journal.actor();
        for (CaseIdentifier i : CaseIdentifier.ofCase(c.id)) {
            if (!i.verified && method.proves().contains(i.id.kind())) {
                i.verify(method.asProof(), reference, now, actor);
            }
        }
    }

    /** The DPO records how the subject proved one more identifier. */
    public void prove(CaseIdentifier identifier, ProofMethod method, String reference, Instant now, String actor) {
        if (!CAN_PROVE.get(method).contains(identifier.id.kind())) {
            throw ProblemException.badRequest(method + " cannot prove a " + identifier.id.kind());
        }
        if (!identifier.verified) {
            identifier.verify(method, reference, now, actor);
        }
    }

    public SubjectRef subject(UUID caseId) {
        Set<String> verified = new LinkedHashSet<>();
        Set<String> claimed = new LinkedHashSet<>();
        for (CaseIdentifier i : CaseIdentifier.ofCase(caseId)) {
            (i.verified ? verified : claimed).add(i.subjectKey);
        }
        return new SubjectRef(verified, claimed);
    }

    /** For the journal: kinds only, never values. */
    public String summary(UUID caseId) {
        List<CaseIdentifier> all = CaseIdentifier.ofCase(caseId);
        return "verified: " + kinds(all, true) + "; claimed: " + kinds(all, false);
    }

    private static String kinds(List<CaseIdentifier> all, boolean verified) {
        String s = all.stream().filter(i -> i.verified == verified).map(i -> i.id.kind().name()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "none" : s;
    }
}
