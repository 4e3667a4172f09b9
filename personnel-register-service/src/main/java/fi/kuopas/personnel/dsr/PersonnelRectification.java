package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.service.PersonKeys;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.RectificationCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Rectification (Art 16) of personnel data: each correction applied to every record of the subject, or refused with its reason. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelRectification implements SubjectRegisterParts.Rectification {

    private final PersonnelSubjectLookup lookup;
    private final AuditLog audit;
    private final PersonKeys keys;

    public PersonnelRectification(PersonnelSubjectLookup lookup, AuditLog audit, PersonKeys keys) {
        this.lookup = lookup;
        this.audit = audit;
        this.keys = keys;
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        PersonnelSubjectLookup.Records r = lookup.records(call.subject());
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
        List<String> notify = applied.isEmpty() ? List.of() : r.standingRecipients();
        return new DsrOutcome(PersonnelSubjectLookup.REGISTER, r.found(), applied, r.found() ? refused : List.of(), notify,
                r.possibleMatches());
    }

    /** One correction applied to every matching record, or the reason it was not. */
    static final class Rectifier {
        static final String OK = "ok:";

        private Rectifier() {
        }

        static String apply(String field, String value, PersonnelSubjectLookup.Records r, PersonKeys keys) {
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
                    if (r.applicants().stream().anyMatch(a -> !newKey.equals(a.keys.emailKey()))
                            && JobApplicant.count("keys.emailKey = ?1", newKey) > 0) {
                        return "email: another applicant already uses this address; HR must check it";
                    }
                    r.employees().forEach(e -> { e.email = v; keys.reindexContact(e); });
                    r.applicants().forEach(a -> { a.email = v; keys.reindexContact(a); });
                }
                case "phone" -> {
                    if (v != null && !v.matches("\\+?[0-9 ()\\-]{6,20}")) {
                        return "phone: not a phone number";
                    }
                    r.employees().forEach(e -> { e.phone = v; keys.reindexContact(e); });
                    r.applicants().forEach(a -> { a.phone = v; keys.reindexContact(a); });
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
