package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectLookup.SubjectMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** GDPR Art 16: correcting the subject's contact persons; the keys follow a corrected email or phone. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderRectification implements SubjectRegisterParts.Rectification {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,20}");

    private final StakeholderSubjectLookup lookup;
    private final AuditLog audit;
    private final SubjectKeys subjectKeys;

    public StakeholderRectification(StakeholderSubjectLookup lookup, AuditLog audit, SubjectKeys subjectKeys) {
        this.lookup = lookup;
        this.audit = audit;
        this.subjectKeys = subjectKeys;
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatch match = lookup.match(call.subject());
        UUID caseId = call.caseId();
        List<RectificationCall.Correction> corrections = call.corrections();
        List<ContactPerson> persons = match.persons();
        List<DsrText> applied = new ArrayList<>();
        List<DsrText> refused = new ArrayList<>();
        for (RectificationCall.Correction c : corrections) {
            String problem = check(c);
            if (problem == null && "email".equals(c.field()) && emailTakenByAnother(c.value(), persons)) {
                problem = "another contact person already has this email";
            }
            if (problem != null) {
                refused.add(DsrText.of(DsrCode.REFUSED_FIELD_PROBLEM, "field", c.field(), "problem", problem));
                continue;
            }
            for (ContactPerson p : persons) {
                set(p, c.field(), c.value() == null || c.value().isBlank() ? null : c.value().strip());
                p.updatedAt = Instant.now();
                audit.record(AuditAction.UPDATE, p.auditKey(), "contact-person", caseId.toString(), "Art 16 rectification");
            }
            if (!persons.isEmpty()) {
                applied.add(DsrText.of(DsrCode.APPLIED_FIELD_CORRECTED_SAID, "field", c.field()));
            }
        }
        return DsrOutcome.coded(StakeholderSubjectLookup.REGISTER, !persons.isEmpty(), applied, refused,
                StakeholderSubjectLookup.recipients(persons), match.possibleMatches());
    }

    private boolean emailTakenByAnother(String value, List<ContactPerson> persons) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return ContactPerson.<ContactPerson>list("subjectKeys.emailKey = ?1", subjectKeys.ofEmail(value)).stream()
                .anyMatch(other -> !persons.contains(other)) || persons.size() > 1;
    }

    private static String check(RectificationCall.Correction c) {
        String v = c.value() == null ? "" : c.value().strip();
        return switch (c.field()) {
            case "firstName", "lastName" -> v.isEmpty() || v.length() > 100 ? "must be 1-100 characters" : null;
            case "title" -> v.length() > 100 ? "must be at most 100 characters" : null;
            case "email" -> v.isEmpty() || EMAIL.matcher(v).matches() ? null : "must be an email address";
            case "phone" -> v.isEmpty() || PHONE.matcher(v).matches() ? null : "must be a phone number";
            case "language" -> v.matches("fi|sv|en") ? null : "must be fi, sv or en";
            default -> "not a field of this register (firstName, lastName, title, email, phone, language)";
        };
    }

    private void set(ContactPerson p, String field, String value) {
        switch (field) {
            case "firstName" -> p.firstName = value;
            case "lastName" -> p.lastName = value;
            case "title" -> p.title = value;
            case "email" -> {
                // The old key stays on the suppression list if it was there; the new one is what we search by.
                p.email = value;
                p.getSubjectKeys().indexEmail(subjectKeys, value);
            }
            case "phone" -> {
                p.phone = value;
                p.getSubjectKeys().indexPhone(subjectKeys, value);
            }
            case "language" -> p.language = value;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
