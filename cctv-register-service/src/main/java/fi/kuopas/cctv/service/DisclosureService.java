package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.service.CctvCommands.NewDisclosure;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Exports of footage (police, courts, insurers, the data subject): logged with recipient, case number and basis. */
@ApplicationScoped
public class DisclosureService {

    private final SubjectSegments subjects;
    private final AuditLog audit;
    private final Caller caller;
    private final RestrictionGuard restriction;

    public DisclosureService(SubjectSegments subjects, AuditLog audit, Caller caller, RestrictionGuard restriction) {
        this.subjects = subjects;
        this.restriction = restriction;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Disclosure disclose(NewDisclosure r) {
        if (r.recipientType() == Disclosure.RecipientType.POLICE && (r.policeCaseNumber() == null || r.policeCaseNumber().isBlank())) {
            throw ProblemException.badRequest("a disclosure to the police needs the police case number");
        }
        restriction.requireNotRestricted(subjects.restrictionKeys(r.segmentIds()), subjects.keysOf(r.segmentIds()),
                "recording_segment", null);
        return record(r.recipientType(), r.recipient(), r.policeCaseNumber(), r.basis(), r.reason(),
                segments(r.segmentIds()), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Disclosure record(Disclosure.RecipientType type, String recipient, String policeCase, String basis, String reason,
            List<RecordingSegment> segments, UUID footageRequestId) {
        Disclosure d = new Disclosure();
        d.recipientType = type;
        d.recipient = recipient.strip();
        d.policeCaseNumber = policeCase;
        d.basis = basis.strip();
        d.reason = reason;
        d.disclosedBy = caller.name();
        d.disclosedAt = Instant.now();
        d.footageRequestId = footageRequestId;
        segments.forEach(s -> d.segments.add(s.copy()));
        d.persist();
        List<Long> ids = segments.stream().map(s -> s.id).toList();
        List<String> keys = subjects.keysOf(ids);
        if (keys.isEmpty()) {
            audit.record(AuditAction.DISCLOSE, null, "disclosure", d.id.toString(), "disclosure to " + type);
        }
        keys.forEach(k -> audit.record(AuditAction.DISCLOSE, k, "disclosure", d.id.toString(), "disclosure to " + type));
        return d;
    }

    @Transactional
    public List<Disclosure> list(int page, int size) {
        return Paging.list(Disclosure.find("ORDER BY disclosedAt DESC"), page, size);
    }

    @Transactional
    public Disclosure get(UUID id) {
        Disclosure d = Disclosure.findById(id);
        if (d == null) {
            throw ProblemException.notFound("disclosure " + id);
        }
        return d;
    }

    static List<RecordingSegment> segments(Collection<Long> ids) {
        List<RecordingSegment> found = RecordingSegment.list("id IN ?1 ORDER BY startedAt", ids);
        if (found.size() != new HashSet<>(ids).size()) {
            Set<Long> missing = new HashSet<>(ids);
            found.forEach(s -> missing.remove(s.id));
            throw ProblemException.unprocessable("unknown-segment", "unknown or already deleted segment(s): "
                    + missing.stream().sorted().limit(10).toList());
        }
        return found;
    }
}
