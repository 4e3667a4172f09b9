package fi.kuopas.consent.service;

import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Turns the identifiers of a request into the subject key a consent is filed under. */
@ApplicationScoped
public class SubjectResolver {

    private final SubjectKeys keys;

    public SubjectResolver(SubjectKeys keys) {
        this.keys = keys;
    }

    /**
     * Cookie purposes are keyed by the anonymous device id, person purposes by the person (through
     * {@link SubjectIdentifiers#keys}, which refuses a birth date that contradicts the identity code).
     */
    public String keyFor(Purpose purpose, SubjectIdentifiers subject, String deviceId) {
        if (subject != null) {
            // Even beside a device id: identifiers that name two people are refused, never filed (400).
            SubjectIdentifiers.requireConsistent(subject.identityCode(), subject.birthDate());
        }
        if (purpose.subjectKind == Purpose.SubjectKind.DEVICE) {
            if (deviceId == null) {
                throw ProblemException.badRequest("purpose " + purpose.code + " is a cookie choice: give deviceId");
            }
            return keys.ofDevice(deviceId);
        }
        if (subject == null) {
            throw ProblemException.badRequest("purpose " + purpose.code + " concerns a person: give subject identifiers");
        }
        return subject.primaryKey(keys);
    }

    /** Every key the query names, for reads. */
    public Set<String> keysOf(SubjectIdentifiers subject, String deviceId) {
        if (subject == null && deviceId == null) {
            throw ProblemException.badRequest("give subject identifiers or deviceId");
        }
        if (subject == null) {
            return Set.of(keys.ofDevice(deviceId));
        }
        Set<String> all = new java.util.LinkedHashSet<>(subject.keys(keys));
        if (deviceId != null) {
            all.add(keys.ofDevice(deviceId));
        }
        return all;
    }
}
