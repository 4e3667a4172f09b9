package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.Objection;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.Held;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.SubjectMatch;
import fi.kuopas.cctv.service.VideoDeletions;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ObjectionCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art 21(1) objection to the recording of the subject: processing stops unless there are compelling
 * legitimate grounds. A segment needed for legal claims (under a hold) is such a ground; otherwise
 * the segments go now. The decision is recorded on each of the subject's footage requests.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvObjection implements SubjectRegisterParts.Objection {

    private final CctvSubjectLookup lookup;
    private final AuditLog audit;
    private final VideoDeletions videos;

    public CctvObjection(CctvSubjectLookup lookup, AuditLog audit, VideoDeletions videos) {
        this.lookup = lookup;
        this.audit = audit;
        this.videos = videos;
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectMatch match = lookup.match(call.subject());
        if (!match.found()) {
            return new DsrOutcome(CctvSubjectLookup.REGISTER, false, List.of(), List.of(), List.of())
                    .withPossibleMatches(match.possibleMatches());
        }
        List<Long> existing = lookup.confirmedSegments(match);
        List<Held> held = lookup.held(existing);
        List<Long> deletable = new ArrayList<>(existing);
        held.forEach(h -> deletable.removeAll(h.segmentIds()));
        Objection.Decision decision = held.isEmpty() ? Objection.Decision.STOP : Objection.Decision.COMPELLING_GROUNDS;
        String reason = held.isEmpty()
                ? "no compelling grounds: " + deletable.size() + " segment(s) showing the subject deleted before their expiry"
                : "establishment, exercise or defence of legal claims: " + held.size() + " legal hold(s) cover segments "
                        + "showing the subject; " + deletable.size() + " other segment(s) deleted";
        videos.deleteAndRequest(deletable, VideoDeletion.Reason.OBJECTION);
        for (FootageRequest r : match.requests()) {
            Objection o = new Objection();
            // Filed under a key the subject proved: an included request always holds one.
            o.subjectKey = r.subjectKeys.stream().filter(match.provenKeys()::contains).findFirst().orElse(r.subjectKeys.iterator().next());
            o.requestId = r.id;
            o.caseId = call.caseId();
            o.grounds = call.grounds();
            o.decision = decision;
            o.decisionReason = reason;
            o.recordedAt = Instant.now();
            o.recordedBy = "dsr-gateway";
            o.persist();
        }
        match.provenKeys().forEach(k -> audit.record(AuditAction.DSR, k, "objection", call.caseId().toString(),
                "Art 21 objection: " + decision));
        List<DsrText> applied = List.of(held.isEmpty()
                ? DsrText.of(DsrCode.APPLIED_CCTV_OBJECTION_STOP, "deleted", Integer.toString(deletable.size()))
                : DsrText.of(DsrCode.APPLIED_CCTV_OBJECTION_HELD, "holds", Integer.toString(held.size()),
                        "deleted", Integer.toString(deletable.size())));
        return DsrOutcome.coded(CctvSubjectLookup.REGISTER, true, applied, List.of(), List.of(), List.of())
                .withPossibleMatches(match.possibleMatches());
    }
}
