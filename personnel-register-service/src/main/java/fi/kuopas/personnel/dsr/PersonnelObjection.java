package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.Objection;
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

/** Objection (Art 21) to the processing of personnel data. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelObjection implements SubjectRegisterParts.Objection {

    static final String RECRUITMENT = "recruitment";

    private final PersonnelSubjectLookup lookup;
    private final AuditLog audit;

    public PersonnelObjection(PersonnelSubjectLookup lookup, AuditLog audit) {
        this.lookup = lookup;
        this.audit = audit;
    }

    /**
     * Only recruitment rests on legitimate interest; an objection stops it and withdraws pending
     * applications. Employment, payroll, working-time and health data rest on contract and law,
     * to which Art 21 does not apply.
     */
    @Override
    public DsrOutcome object(ObjectionCall call) {
        PersonnelSubjectLookup.Records r = lookup.records(call.subject());
        List<DsrText> applied = new ArrayList<>();
        List<DsrText> refused = new ArrayList<>();
        boolean recruitment = call.purpose() == null || RECRUITMENT.equals(call.purpose());
        if (recruitment) {
            for (JobApplicant a : r.applicants()) {
                record(a.subjectKey, call);
                a.objectedAt = Instant.now();
                int withdrawn = Application.update("outcome = ?1, decidedBy = ?2 WHERE applicantId = ?3 AND outcome = ?4",
                        Application.Outcome.WITHDRAWN, "objection (GDPR Art 21)", a.id, Application.Outcome.PENDING);
                applied.add(DsrText.of(DsrCode.APPLIED_RECRUITMENT_STOPPED, "withdrawn", Integer.toString(withdrawn)));
                audit.record(AuditAction.UPDATE, a.subjectKey, "objection", call.caseId().toString(), "Art 21 objection");
            }
        }
        if (!r.employees().isEmpty() || !recruitment) {
            refused.add(call.purpose() == null ? DsrText.of(DsrCode.REFUSED_EMPLOYMENT)
                    : DsrText.of(DsrCode.REFUSED_EMPLOYMENT_PURPOSE, "purpose", call.purpose()));
        }
        return DsrOutcome.coded(PersonnelSubjectLookup.REGISTER, r.found(), applied, r.found() ? refused : List.of(),
                List.of(), r.possibleMatches());
    }

    private static void record(String subjectKey, ObjectionCall call) {
        Objection o = new Objection();
        o.subjectKey = subjectKey;
        o.purpose = RECRUITMENT;
        o.grounds = call.grounds();
        o.decision = "STOP";
        o.caseId = call.caseId();
        o.recordedAt = Instant.now();
        o.persist();
    }
}
