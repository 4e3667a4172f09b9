package fi.kuopas.consent.service;

import fi.kuopas.privacy.security.Caller;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.NoticeVersion;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.consent.service.ConsentCommands.Evidence;
import fi.kuopas.consent.service.ConsentCommands.Grant;
import fi.kuopas.consent.service.ConsentCommands.Refuse;
import fi.kuopas.consent.service.ConsentCommands.Withdraw;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.privacy.web.IpAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Grants, withdrawals, refusals and expiries (Art 7). Each writes an append-only history row,
 * updates the derived current state and puts the event in the outbox, all in one transaction.
 */
@ApplicationScoped
public class ConsentService {

    static final String SOURCE = "/kuopas/consent-service";
    /**
     * A consent that reached its expiry date ended (like a withdrawal, Art 7(3)): registers must stop
     * processing on it. privacy-kit's ConsentEvent has no constant for it yet.
     */
    public static final String EXPIRED = fi.kuopas.privacy.events.ConsentEvent.EXPIRED;
    /** Who the history names for an expiry: no person acts. */
    static final String EXPIRY_ACTOR = "system: consent expiry";
    /** Data Protection Act 1050/2018 §5: a child under 13 needs a guardian's consent. */
    private static final int AGE_OF_DIGITAL_CONSENT = 13;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final SubjectResolver subjects;
    private final PurposeAccess purposes;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SubjectKeys keys;
    private final Caller actor;
    private final ConsentConfig.Retention periods;
    private final SubjectLinks links;
    private final RestrictionGuard restriction;

    public ConsentService(SubjectResolver subjects, PurposeAccess purposes, Outbox outbox, AuditLog audit,
            SubjectKeys keys, Caller actor, ConsentConfig config, SubjectLinks links, RestrictionGuard restriction) {
        this.restriction = restriction;
        this.links = links;
        this.subjects = subjects;
        this.purposes = purposes;
        this.outbox = outbox;
        this.audit = audit;
        this.keys = keys;
        this.actor = actor;
        this.periods = config.retention();
    }

    public record Outcome(ConsentRecord record, boolean created) {
    }

    @Transactional
    public Outcome grant(Grant request) {
        Optional<ConsentRecord> repeat = byRequestId(request.requestId());
        if (repeat.isPresent()) {
            return new Outcome(repeat.get(), false);
        }
        Purpose purpose = purposes.writable(request.purpose());
        if (!purpose.consentBased()) {
            throw ProblemException.unprocessable("not-consent-based", "purpose " + purpose.code
                    + " is processed on legal basis " + purpose.legalBasis + ", not on consent");
        }
        String subjectKey = subjects.keyFor(purpose, request.subject(), request.deviceId());
        Set<String> personKeys = personKeys(purpose, request.subject());
        if (purpose.directMarketing && Objection.count("subjectKey in ?1 and scope = ?2",
                links.filedKeys(union(subjectKey, personKeys)), Objection.Scope.DIRECT_MARKETING) > 0) {
            throw ProblemException.conflict("the subject has objected to direct marketing; consent to "
                    + purpose.code + " cannot be recorded");
        }
        NoticeVersion notice = currentNotice(purpose.code, request.noticeVersion(), request.language());
        String guardianKey = guardianKey(request);

        ConsentRecord row = newRecord(subjectKey, purpose.code, ConsentRecord.Action.GRANTED, request.channel(),
                request.requestId());
        shown(row, notice, request.evidence());
        row.expiresAt = validUntil(purpose, row.occurredAt, request.expiresAt());
        row.guardianSubjectKey = guardianKey;
        row.persist();
        applyState(row);
        links.link(subjectKey, personKeys);
        outbox.publish(ConsentEvent.of(ConsentEvent.GRANTED, SOURCE, subjectKey, links.keysOf(subjectKey), new ConsentEventData(
                purpose.code, purpose.register, purpose.legalBasis, notice.version, null, row.occurredAt)));
        audit.record(AuditAction.CREATE, subjectKey, "consent", row.id.toString(), "consent management");
        return new Outcome(row, true);
    }

    @Transactional
    public Outcome withdraw(Withdraw request) {
        Optional<ConsentRecord> repeat = byRequestId(request.requestId());
        if (repeat.isPresent()) {
            return new Outcome(repeat.get(), false);
        }
        Purpose purpose = purposes.writable(request.purpose());
        String subjectKey = subjects.keyFor(purpose, request.subject(), request.deviceId());
        // Any identifier of the consent withdraws it: the keys given, and the keys they are linked to.
        List<ConsentState> inForce = ConsentState.list("id.subjectKey in ?1 and id.purposeCode = ?2 and state = ?3",
                links.filedKeys(union(subjectKey, personKeys(purpose, request.subject()))), purpose.code,
                ConsentRecord.Action.GRANTED);
        if (inForce.isEmpty()) {
            throw ProblemException.conflict("no consent to " + purpose.code
                    + " is in force for this subject (never given, refused, expired or already withdrawn)");
        }
        ConsentRecord first = null;
        for (ConsentState state : inForce) {
            // The request id marks the first withdrawal only (it is unique in the history).
            ConsentRecord row = withdrawInternal(state.id.subjectKey(), purpose, request.channel(),
                    first == null ? request.requestId() : null);
            audit.record(AuditAction.UPDATE, row.subjectKey, "consent", row.id.toString(), "consent withdrawal");
            first = first == null ? row : first;
        }
        return new Outcome(first, true);
    }

    /**
     * A refusal is a recorded choice, not the absence of one (Art 7(1); cookie choices under Act
     * 917/2014 §205): refusing analytics cookies or a newsletter is stored with the notice version
     * shown and its evidence, so the refusal can be honoured and proven. Refusing needs no guardian
     * and never starts processing. A refusal while a consent is in force ends that consent exactly
     * like a withdrawal (Art 7(3)), so the withdrawal event goes out to the registers.
     */
    @Transactional
    public Outcome refuse(Refuse request) {
        Optional<ConsentRecord> repeat = byRequestId(request.requestId());
        if (repeat.isPresent()) {
            return new Outcome(repeat.get(), false);
        }
        Purpose purpose = purposes.writable(request.purpose());
        if (!purpose.consentBased()) {
            throw ProblemException.unprocessable("not-consent-based", "purpose " + purpose.code
                    + " is processed on legal basis " + purpose.legalBasis + ", not on consent: nothing is asked, so "
                    + "nothing can be refused; the subject may object to it instead (Art 21)");
        }
        String subjectKey = subjects.keyFor(purpose, request.subject(), request.deviceId());
        NoticeVersion notice = shownNotice(purpose.code, request.noticeVersion(), request.language());
        ConsentState before = ConsentState.findById(new ConsentState.Key(subjectKey, purpose.code));
        boolean endsConsent = before != null && before.state == ConsentRecord.Action.GRANTED;

        ConsentRecord row = newRecord(subjectKey, purpose.code, ConsentRecord.Action.REFUSED, request.channel(),
                request.requestId());
        shown(row, notice, request.evidence());
        if (purpose.subjectKind == Purpose.SubjectKind.DEVICE) {
            row.expiresAt = validUntil(purpose, row.occurredAt, null); // a cookie choice is asked again
        }
        row.persist();
        applyState(row);
        if (endsConsent) {
            outbox.publish(ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, subjectKey, links.keysOf(subjectKey), new ConsentEventData(
                    purpose.code, purpose.register, purpose.legalBasis, null, null, row.occurredAt)));
        }
        audit.record(AuditAction.CREATE, subjectKey, "consent", row.id.toString(), "consent refusal");
        return new Outcome(row, true);
    }

    /**
     * Ends a consent that reached its expiry date: a history row (EXPIRED, recorded now, naming the
     * expiry time), the state, and the expiry event effective at the expiry time, which registers
     * apply like a withdrawal. Consent given for a
     * period is not consent after it (Art 4(11), Art 7). No person acts, so no request context is needed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentRecord expire(ConsentState state) {
        Purpose purpose = Purpose.findById(state.id.purposeCode());
        ConsentRecord row = newRecord(state.id.subjectKey(), purpose.code, ConsentRecord.Action.EXPIRED, "EXPIRY", null,
                EXPIRY_ACTOR, Instant.now());
        row.noticeVersion = state.noticeVersion;
        row.expiresAt = state.expiresAt;
        row.persist();
        applyState(row);
        outbox.publish(ConsentEvent.of(EXPIRED, SOURCE, row.subjectKey, links.keysOf(row.subjectKey), new ConsentEventData(
                purpose.code, purpose.register, purpose.legalBasis, state.noticeVersion, null, row.expiresAt)));
        audit.record(AuditAction.UPDATE, row.subjectKey, "consent", row.id.toString(), "consent expiry");
        return row;
    }

    /** Withdraws without the caller checks: used by objections and erasure too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentRecord withdrawInternal(String subjectKey, Purpose purpose, String channel, String requestId) {
        ConsentRecord row = newRecord(subjectKey, purpose.code, ConsentRecord.Action.WITHDRAWN, channel, requestId);
        row.persist();
        applyState(row);
        outbox.publish(ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, subjectKey, links.keysOf(subjectKey),
                new ConsentEventData(purpose.code, purpose.register, purpose.legalBasis, null, null, row.occurredAt)));
        return row;
    }

    @Transactional
    public List<ConsentState> currentState(Set<String> subjectKeys) {
        List<ConsentState> states = ConsentState.list("id.subjectKey in ?1 ORDER BY id.purposeCode", subjectKeys);
        states.stream().map(s -> s.id.subjectKey()).distinct()
                .forEach(k -> audit.record(AuditAction.VIEW, k, "consent-state", null, "consent management"));
        return states;
    }

    @Transactional
    public ConsentRecord record(UUID id) {
        ConsentRecord r = ConsentRecord.findById(id);
        if (r == null) {
            throw ProblemException.notFound("consent record " + id);
        }
        // Art 18: the evidence of a restricted subject's consent is only stored; withdrawing stays open (Art 7(3)).
        restriction.requireNotRestricted(r.subjectKey, "consent", id.toString());
        audit.record(AuditAction.VIEW, r.subjectKey, "consent", id.toString(), "consent management");
        return r;
    }

    @Transactional
    public List<ConsentRecord> history(Set<String> subjectKeys) {
        restriction.requireNotRestricted(subjectKeys, "consent-history", null);
        List<ConsentRecord> rows = ConsentRecord.list("subjectKey in ?1 ORDER BY occurredAt, id", subjectKeys);
        rows.stream().map(r -> r.subjectKey).distinct()
                .forEach(k -> audit.record(AuditAction.VIEW, k, "consent-history", null, "consent management"));
        return rows;
    }

    /** Every key of the identifiers given for a person purpose (none for a cookie choice). */
    private Set<String> personKeys(Purpose purpose, SubjectIdentifiers subject) {
        if (purpose.subjectKind == Purpose.SubjectKind.DEVICE || subject == null) {
            return Set.of();
        }
        return subject.keys(keys);
    }

    private static Set<String> union(String key, Set<String> more) {
        Set<String> all = new java.util.LinkedHashSet<>();
        all.add(key);
        all.addAll(more);
        return all;
    }

    private void applyState(ConsentRecord row) {
        ConsentState state = ConsentState.findById(new ConsentState.Key(row.subjectKey, row.purposeCode));
        if (state == null) {
            state = new ConsentState();
            state.id = new ConsentState.Key(row.subjectKey, row.purposeCode);
        }
        state.state = row.action;
        state.since = row.occurredAt;
        state.expiresAt = row.expiresAt;
        state.noticeVersion = row.noticeVersion;
        state.lastRecordId = row.id;
        state.persist();
    }

    private ConsentRecord newRecord(String subjectKey, String purposeCode, ConsentRecord.Action action, String channel,
            String requestId) {
        return newRecord(subjectKey, purposeCode, action, channel, requestId, actor.name(), Instant.now());
    }

    private static ConsentRecord newRecord(String subjectKey, String purposeCode, ConsentRecord.Action action,
            String channel, String requestId, String collectedBy, Instant occurredAt) {
        ConsentRecord row = new ConsentRecord();
        row.id = UUID.randomUUID();
        row.subjectKey = subjectKey;
        row.purposeCode = purposeCode;
        row.action = action;
        row.channel = channel;
        row.collectedBy = collectedBy;
        row.occurredAt = occurredAt;
        row.requestId = requestId;
        return row;
    }

    /** The notice the subject was shown, and how the choice was made (Art 7(1) proof). */
    private static void shown(ConsentRecord row, NoticeVersion notice, Evidence evidence) {
        row.noticeVersion = notice.version;
        row.noticeHash = notice.textHash;
        row.language = notice.language;
        if (evidence != null) {
            row.formId = evidence.formId();
            row.userAgent = evidence.userAgent();
            row.ipTruncated = IpAddresses.truncate(evidence.ipAddress());
        }
    }

    /**
     * A cookie choice is valid for the configured months at most and is then asked again (Act
     * 917/2014 §205; kuopas.consent.retention.cookie-choice-months); other consents until the
     * expiry the subject was told, if any.
     */
    private Instant validUntil(Purpose purpose, Instant from, Instant requested) {
        if (purpose.subjectKind != Purpose.SubjectKind.DEVICE) {
            return requested;
        }
        Instant max = from.atZone(HELSINKI).plusMonths(periods.cookieChoiceMonths()).toInstant();
        return requested == null || requested.isAfter(max) ? max : requested;
    }

    /** A refusal may name any published version, superseded or not: refusing never starts processing. */
    private static NoticeVersion shownNotice(String purposeCode, String version, String language) {
        NoticeVersion notice = NoticeVersion.find("purposeCode = ?1 and version = ?2 and language = ?3",
                purposeCode, version, language).firstResult();
        if (notice == null) {
            throw ProblemException.unprocessable("unknown-notice-version", "notice version " + version + " in language "
                    + language + " does not exist for purpose " + purposeCode);
        }
        return notice;
    }

    private NoticeVersion currentNotice(String purposeCode, String version, String language) {
        NoticeVersion notice = NoticeVersion.find("purposeCode = ?1 and version = ?2 and language = ?3",
                purposeCode, version, language).firstResult();
        if (notice == null) {
            throw ProblemException.unprocessable("unknown-notice-version", "notice version " + version + " in language "
                    + language + " does not exist for purpose " + purposeCode);
        }
        if (notice.supersededAt != null) {
            throw ProblemException.conflict("notice version " + version + " was superseded on " + notice.supersededAt
                    + "; show the subject the current notice and ask again");
        }
        return notice;
    }

    /**
     * Data Protection Act 1050/2018 §5 with GDPR Art 8: a child under 13 cannot consent alone to
     * information society services offered directly to them; a guardian must. The child is a minor
     * whenever a birth date shows it - from the identity code or a birth date given with the name,
     * email or phone - not only when an identity code was given.
     */
    private String guardianKey(Grant request) {
        LocalDate born = birthDate(request.subject());
        boolean minor = born != null && Period.between(born, LocalDate.now(HELSINKI)).getYears() < AGE_OF_DIGITAL_CONSENT;
        if (request.guardian() == null) {
            if (minor) {
                throw ProblemException.unprocessable("guardian-required",
                        "the subject is under 13; a guardian's consent is required (Data Protection Act 1050/2018 §5)");
            }
            return null;
        }
        return keys.ofIdentityCode(PersonalIdentityCode.parse(request.guardian().personalIdentityCode()));
    }

    /** The subject's birth date from the identity code or, without one, as given (the two never contradict). */
    private static LocalDate birthDate(SubjectIdentifiers subject) {
        if (subject == null) {
            return null;
        }
        PersonalIdentityCode code = subject.identityCode();
        return code != null ? code.birthDate() : subject.birthDate();
    }

    private static Optional<ConsentRecord> byRequestId(String requestId) {
        return requestId == null ? Optional.empty() : ConsentRecord.find("requestId", requestId).firstResultOptional();
    }
}
