package fi.kuopas.consent.service;

import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.rest.ConsentDtos.RecordView;
import fi.kuopas.consent.rest.ConsentDtos.StateView;
import java.time.Instant;

/** Entity to response mapping. */
final class Views {

    private Views() {
    }

    static RecordView record(ConsentRecord r) {
        return new RecordView(r.id, r.subjectKey, r.purposeCode, r.action.name(), r.noticeVersion, r.noticeHash,
                r.language, r.channel, r.formId, r.userAgent, r.ipTruncated, r.collectedBy,
                r.guardianSubjectKey != null, r.expiresAt, r.occurredAt);
    }

    static StateView state(ConsentState s, Instant now) {
        String state = s.state == ConsentRecord.Action.GRANTED && !s.inForce(now) ? "EXPIRED" : s.state.name();
        return new StateView(s.id.subjectKey(), s.id.purposeCode(), state, s.since, s.expiresAt, s.noticeVersion);
    }
}
