package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.Held;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.SubjectMatch;
import fi.kuopas.cctv.service.VideoDeletions;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Art 17 erasure of the segments a reviewer confirmed show the subject, in the footage requests
 * SubjectMatcher included (never through a key another request shares). Segments under a legal
 * hold stay (Art 17(3)(e)) and the subject is told which hold and until when; the footage requests
 * and the view and disclosure log stay as accountability records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvErasure implements SubjectRegisterParts.Erasure {

    private final CctvSubjectLookup lookup;
    private final AuditLog audit;
    private final VideoDeletions videos;

    public CctvErasure(CctvSubjectLookup lookup, AuditLog audit, VideoDeletions videos) {
        this.lookup = lookup;
        this.audit = audit;
        this.videos = videos;
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        SubjectMatch match = lookup.match(subject);
        // Art 19: read from the disclosure log before anything is deleted.
        List<String> notify = lookup.recipients(match);
        List<Long> existing = lookup.confirmedSegments(match);
        List<Held> held = lookup.held(existing);
        List<Long> deletable = new ArrayList<>(existing);
        held.forEach(h -> deletable.removeAll(h.segmentIds()));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        held.forEach(h -> kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CCTV_RECORDINGS), h.segmentIds().size(),
                DsrText.of(DsrCode.KEPT_LEGAL_HOLD, "kind", h.kind(), "reason", h.reason()), DsrText.of(DsrCode.REF_CCTV_LEGAL_HOLD),
                h.until())));
        int requests = match.requests().size();
        if (requests > 0) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CCTV_REQUESTS), requests,
                    DsrText.of(DsrCode.KEPT_REQUEST_RECORDS), DsrText.of(DsrCode.REF_ACCOUNTABILITY),
                    LocalDate.now(CctvSubjectLookup.HELSINKI).plusYears(2)));
        }
        if (!dryRun) {
            // Deletes the segments and requests their video's deletion in the recorder, which the next retention sweep sends (Art 17(1)).
            videos.deleteAndRequest(deletable, VideoDeletion.Reason.ERASURE);
            match.provenKeys().forEach(k -> audit.record(AuditAction.DELETE, k, "recording_segment", caseId.toString(),
                    "Art 17 erasure: " + deletable.size() + " segment(s)"));
        }
        return new ErasureReport(CctvSubjectLookup.REGISTER, dryRun,
                List.of(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CCTV_RECORDINGS), deletable.size())), kept)
                .withRecipients(notify).withPossibleMatches(match.possibleMatches());
    }
}
