package fi.kuopas.consent.mapping;

import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.rest.ConsentDtos;
import fi.kuopas.consent.rest.ConsentDtos.GrantRequest;
import fi.kuopas.consent.rest.ConsentDtos.RecordView;
import fi.kuopas.consent.rest.ConsentDtos.RefuseRequest;
import fi.kuopas.consent.rest.ConsentDtos.StateView;
import fi.kuopas.consent.rest.ConsentDtos.WithdrawRequest;
import fi.kuopas.consent.service.ConsentCommands;
import java.time.Instant;

/**
 * The one place where the consent API's bodies meet the service: request bodies to commands,
 * entities to response bodies. Plain static factories (the project's one mapping convention).
 */
public final class ConsentMapping {

    private ConsentMapping() {
    }

    public static ConsentCommands.Grant grant(GrantRequest r) {
        return new ConsentCommands.Grant(r.subject(), r.deviceId(), r.purpose(), r.noticeVersion(), r.language(),
                r.channel().name(), evidence(r.evidence()),
                r.guardian() == null ? null : new ConsentCommands.Guardian(r.guardian().personalIdentityCode(), r.guardian().name()),
                r.expiresAt(), r.requestId());
    }

    public static ConsentCommands.Refuse refuse(RefuseRequest r) {
        return new ConsentCommands.Refuse(r.subject(), r.deviceId(), r.purpose(), r.noticeVersion(), r.language(),
                r.channel().name(), evidence(r.evidence()), r.requestId());
    }

    public static ConsentCommands.Withdraw withdraw(WithdrawRequest r) {
        return new ConsentCommands.Withdraw(r.subject(), r.deviceId(), r.purpose(), r.channel().name(), r.requestId());
    }

    private static ConsentCommands.Evidence evidence(ConsentDtos.Evidence e) {
        return e == null ? null : new ConsentCommands.Evidence(e.formId(), e.userAgent(), e.ipAddress());
    }

    public static RecordView record(ConsentRecord r) {
        return new RecordView(r.id, r.subjectKey, r.purposeCode, r.action.name(), r.noticeVersion, r.noticeHash,
                r.language, r.channel, r.formId, r.userAgent, r.ipTruncated, r.collectedBy,
                r.guardianSubjectKey != null, r.expiresAt, r.occurredAt);
    }

    /** A granted consent past its expiry date reads as EXPIRED until the expiry job records it. */
    public static StateView state(ConsentState s, Instant now) {
        String state = s.state == ConsentRecord.Action.GRANTED && !s.inForce(now) ? "EXPIRED" : s.state.name();
        return new StateView(s.id.subjectKey(), s.id.purposeCode(), state, s.since, s.expiresAt, s.noticeVersion);
    }
}
