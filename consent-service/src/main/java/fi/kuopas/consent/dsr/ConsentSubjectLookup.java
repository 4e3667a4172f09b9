package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds what consent-service holds about a subject: their consent records, current states and objections. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentSubjectLookup implements SubjectRegisterParts.Lookup {

    static final String REGISTER = "consent";
    /** Record kinds a possible match names (a current state is shown as the consent record it derives from). */
    static final String CONSENT = "consent record";
    static final String OBJECTION = "objection";

    /**
     * What consent-service holds about the subject, decided once per SPI call by {@link SubjectMatcher}:
     * consent records, current states and objections found by any of the subject's keys are the
     * candidates, each grouped by the one key it is filed under; only the groups a verified key
     * identifies are included. The rest are possible matches with a hint that names a purpose and a
     * year, never personal data.
     */
    public record SubjectConsents(List<ConsentRecord> records, List<ConsentState> states, List<Objection> objections,
            Set<String> keys, List<PossibleMatch> possibleMatches) {

        public boolean found() {
            return !records.isEmpty() || !objections.isEmpty();
        }
    }

    public SubjectConsents match(SubjectRef subject) {
        Set<String> all = subject.all();
        List<SubjectMatcher.Candidate<Object>> candidates = new ArrayList<>();
        if (!all.isEmpty()) {
            ConsentRecord.<ConsentRecord>list("subjectKey in ?1 ORDER BY occurredAt, id", all).forEach(r -> candidates.add(
                    new SubjectMatcher.Candidate<>(r, r.subjectKey, List.of(r.subjectKey), CONSENT, hint(r.purposeCode, r.occurredAt))));
            ConsentState.<ConsentState>list("id.subjectKey in ?1 ORDER BY id.purposeCode", all).forEach(st -> candidates.add(
                    new SubjectMatcher.Candidate<>(st, st.id.subjectKey(), List.of(st.id.subjectKey()), CONSENT,
                            hint(st.id.purposeCode(), st.since))));
            Objection.<Objection>list("subjectKey in ?1 ORDER BY recordedAt, id", all).forEach(o -> candidates.add(
                    new SubjectMatcher.Candidate<>(o, o.subjectKey, List.of(o.subjectKey), OBJECTION,
                            hint(o.purposeCode != null ? o.purposeCode : o.scope.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                    o.recordedAt))));
        }
        SubjectMatcher.Result<Object> result = SubjectMatcher.match(REGISTER, subject, candidates);
        List<ConsentRecord> records = new ArrayList<>();
        List<ConsentState> states = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        for (Object o : result.included()) {
            if (o instanceof ConsentRecord r) {
                records.add(r);
            } else if (o instanceof ConsentState st) {
                states.add(st);
            } else if (o instanceof Objection ob) {
                objections.add(ob);
            }
        }
        return new SubjectConsents(List.copyOf(records), List.copyOf(states), List.copyOf(objections),
                result.includedKeys(), result.possibleMatches());
    }

    /** "marketing-email, 2026": the purpose and the year, enough for the DPO to ask the right question. */
    private static String hint(String purposeCode, Instant at) {
        return purposeCode + (at == null ? "" : ", " + at.atZone(ZoneOffset.UTC).getYear());
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectConsents s = match(subject);
        List<String> categories = new ArrayList<>();
        if (!s.records().isEmpty()) {
            categories.add("consents");
        }
        if (!s.objections().isEmpty()) {
            categories.add("objections");
        }
        return new SubjectLookup(REGISTER, s.found(), s.records().size() + s.objections().size(), categories,
                s.possibleMatches());
    }
}
