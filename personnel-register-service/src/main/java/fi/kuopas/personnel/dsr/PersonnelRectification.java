package fi.kuopas.personnel.dsr;

import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.Objection;
import fi.kuopas.personnel.service.PersonKeys;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Restriction (Art 18), objection (Art 21) and rectification (Art 16) of personnel data. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelDsrChanges {

    static final String RECRUITMENT = "recruitment";

    private final Restrictions restrictions;
    private final AuditLog audit;
    private final PersonKeys keys;
    private final Caller caller;

    public PersonnelDsrChanges(Restrictions restrictions, AuditLog audit, PersonKeys keys, Caller caller) {
        this.restrictions = restrictions;
        this.caller = caller;
        this.audit = audit;
        this.keys = keys;
    }

    public DsrOutcome restrict(UUID caseId, SubjectRecords r, RestrictionCall.Action action) {
        for (String key : r.recordKeys()) {
            restrictions.apply(key, action, caseId, caller.name());
            audit.record(AuditAction.RESTRICT, key, "personnel", caseId.toString(), "Art 18 restriction " + action);
        }
        List<DsrText> applied = r.found() ? List.of(DsrText.of(action == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_PERSONNEL_RESTRICTION_SET : DsrCode.APPLIED_PERSONNEL_RESTRICTION_LIFTED)) : List.of();
        return DsrOutcome.coded(PersonnelAccessReport.REGISTER, r.found(), applied, List.of(), recipients(r), r.possibleMatches());
    }

    /**
     * Only recruitment rests on legitimate interest; an objection stops it and withdraws pending
     * applications. Employment, payroll, working-time and health data rest on contract and law,
     * to which Art 21 does not apply.
     */
    public DsrOutcome object(ObjectionCall call, SubjectRecords r) {
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
        return DsrOutcome.coded(PersonnelAccessReport.REGISTER, r.found(), applied, r.found() ? refused : List.of(), List.of(),
                r.possibleMatches());
    }

    public DsrOutcome rectify(RectificationCall call, SubjectRecords r) {
        List<String> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        // Nothing of the subject's here (at most possible matches): nothing is corrected, and nothing claims so.
        for (RectificationCall.Correction c : r.found() ? call.corrections() : List.<RectificationCall.Correction>of()) {
            String outcome = Rectifier.apply(c.field(), c.value(), r, keys);
            if (outcome.startsWith(Rectifier.OK)) {
                applied.add(outcome.substring(Rectifier.OK.length()));
            } else {
                refused.add(outcome);
            }
        }
        r.recordKeys().forEach(k -> audit.record(AuditAction.UPDATE, k, "personnel", call.caseId().toString(),
                "Art 16 rectification"));
        List<String> notify = applied.isEmpty() ? List.of() : recipients(r);
        return new DsrOutcome(PersonnelAccessReport.REGISTER, r.found(), applied, r.found() ? refused : List.of(), notify,
                r.possibleMatches());
    }

    private static List<String> recipients(SubjectRecords r) {
        return r.employees().isEmpty() ? List.of() : Recipients.EMPLOYEE;
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

    /** One correction applied to every matching record, or the reason it was not. */
    static final class Rectifier {
        static final String OK = "ok:";

        private Rectifier() {
        }

        static String apply(String field, String value, SubjectRecords r, PersonKeys keys) {
            String v = value == null ? null : value.strip();
            switch (field) {
                case "firstName", "lastName" -> {
                    if (v == null || v.isEmpty()) {
                        return field + ": a name cannot be empty";
                    }
                    for (Employee e : r.employees()) {
                        if (field.equals("firstName")) { e.firstName = v; } else { e.lastName = v; }
                        keys.reindexContact(e);
                    }
                    for (JobApplicant a : r.applicants()) {
                        if (field.equals("firstName")) { a.firstName = v; } else { a.lastName = v; }
                        keys.reindexContact(a);
                    }
                }
                case "email" -> {
                    if (v == null || !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                        return "email: not an email address";
                    }
                    String newKey = keys.emailKey(v);
                    if (r.applicants().stream().anyMatch(a -> !newKey.equals(a.emailKey))
                            && JobApplicant.count("emailKey", newKey) > 0) {
                        return "email: another applicant already uses this address; HR must check it";
                    }
                    r.employees().forEach(e -> { e.email = v; keys.reindexContact(e); });
                    r.applicants().forEach(a -> { a.email = v; keys.reindexContact(a); });
                }
                case "phone" -> {
                    if (v != null && !v.matches("\\+?[0-9 ()\\-]{6,20}")) {
                        return "phone: not a phone number";
                    }
                    r.employees().forEach(e -> e.phone = v);
                    r.applicants().forEach(a -> a.phone = v);
                }
                case "address" -> r.employees().forEach(e -> e.address = v);
                case "bankAccount" -> {
                    if (v == null || !v.replace(" ", "").matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
                        return "bankAccount: not an IBAN";
                    }
                    r.employees().forEach(e -> e.bankAccountEncrypted = keys.encrypt(v));
                }
                case "personalIdentityCode" -> {
                    return "personalIdentityCode: corrected by HR after checking the population information system (DVV); contact HR";
                }
                case "creditCheck", "assessment", "referenceCheck" -> {
                    return field + ": obtained from its source (shown in the access report); ask the source to correct it, "
                            + "e.g. Suomen Asiakastieto Oy for credit information";
                }
                default -> {
                    return field + ": not a field of the personnel register";
                }
            }
            return OK + field + " corrected";
        }
    }
}
