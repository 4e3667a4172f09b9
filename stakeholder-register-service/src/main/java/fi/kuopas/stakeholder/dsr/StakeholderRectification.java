package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.MailingPurpose;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectData.SubjectMatch;
import fi.kuopas.stakeholder.service.RestrictionMarker;
import fi.kuopas.stakeholder.service.SuppressionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Restriction (Art 18), objection (Art 21) and rectification (Art 16) of a subject's records here. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderSubjectChanges {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,20}");

    private final SuppressionService suppressions;
    private final AuditLog audit;
    private final SubjectKeys subjectKeys;
    private final Restrictions restrictions;
    private final Caller caller;

    public StakeholderSubjectChanges(SuppressionService suppressions, AuditLog audit, SubjectKeys subjectKeys,
            Restrictions restrictions, Caller caller) {
        this.suppressions = suppressions;
        this.restrictions = restrictions;
        this.caller = caller;
        this.audit = audit;
        this.subjectKeys = subjectKeys;
    }

    public DsrOutcome restrict(UUID caseId, SubjectMatch match, RestrictionCall.Action action) {
        List<ContactPerson> persons = match.persons();
        for (ContactPerson p : persons) {
            restrictions.apply(RestrictionMarker.key(p.id), action, caseId, caller.name());
            audit.record(AuditAction.RESTRICT, p.auditKey(), "contact-person", caseId.toString(), "Art 18 restriction " + action);
        }
        List<DsrText> applied = persons.isEmpty() ? List.of()
                : List.of(DsrText.of(action == RestrictionCall.Action.SET ? DsrCode.APPLIED_STAKEHOLDER_RESTRICTION_SET
                        : DsrCode.APPLIED_STAKEHOLDER_RESTRICTION_LIFTED, "count", Integer.toString(persons.size())));
        return DsrOutcome.coded(StakeholderSubjectData.REGISTER, !persons.isEmpty(), applied, List.of(), recipients(persons),
                List.of());
    }

    /**
     * Art 21: mailings stop at once and the person is suppressed. The contact record itself is kept
     * where the organisation's contract needs it; whether compelling grounds exist is the DPO's call.
     */
    public DsrOutcome object(UUID caseId, SubjectMatch match, String purpose, String grounds) {
        List<ContactPerson> persons = match.persons();
        if (purpose != null && !MailingPurpose.isOurs(purpose)) {
            return DsrOutcome.coded(StakeholderSubjectData.REGISTER, !persons.isEmpty(), List.of(),
                    List.of(DsrText.of(DsrCode.REFUSED_NOT_OUR_PURPOSE, "purpose", purpose)), List.of(), List.of());
        }
        List<String> recipients = recipients(persons);
        // Only the included persons leave their mailings; the suppression holds their keys and the keys
        // the subject proved, never a key that was only claimed.
        var result = suppressions.suppress(match.suppressionKeys(), persons, Suppression.Scope.ALL_MAILINGS,
                Suppression.Reason.OBJECTION, purpose, "dsr:" + caseId);
        List<DsrText> applied = List.of(DsrText.of(DsrCode.APPLIED_STAKEHOLDER_SUPPRESSED, "memberships",
                String.valueOf(result.membershipsRemoved())));
        List<DsrText> refused = persons.stream().filter(p -> p.legalBasis == PersonBasis.CONTRACT)
                .map(p -> DsrText.of(DsrCode.REFUSED_CONTACT_CONTRACT, "organisation", p.organisation.name))
                .toList();
        return DsrOutcome.coded(StakeholderSubjectData.REGISTER, !persons.isEmpty(), applied, refused, recipients, List.of());
    }

    public DsrOutcome rectify(UUID caseId, SubjectMatch match, List<RectificationCall.Correction> corrections) {
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
        return DsrOutcome.coded(StakeholderSubjectData.REGISTER, !persons.isEmpty(), applied, refused, recipients(persons),
                List.of());
    }

    private boolean emailTakenByAnother(String value, List<ContactPerson> persons) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return ContactPerson.<ContactPerson>list("emailKey", subjectKeys.ofEmail(value)).stream()
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
                p.emailKey = value == null ? null : subjectKeys.ofEmail(value);
            }
            case "phone" -> {
                p.phone = value;
                p.phoneKey = value == null ? null : subjectKeys.ofPhone(value);
            }
            case "language" -> p.language = value;
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** Art 19: the mailing tool has received the person's data if they are on a list. */
    private static List<String> recipients(List<ContactPerson> persons) {
        boolean mailed = !persons.isEmpty() && Membership.count("contactPerson in ?1", persons) > 0;
        return mailed ? List.of(StakeholderSubjectData.NEWSLETTER_PROVIDER) : List.of();
    }
}
