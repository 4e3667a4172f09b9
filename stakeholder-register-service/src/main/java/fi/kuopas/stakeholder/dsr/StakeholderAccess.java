package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditEntry;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.service.SuppressionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the stakeholder register holds about a subject, as the DSR SPI finds, reports and erases it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderSubjectData {

    static final String REGISTER = "stakeholder";
    private static final String RETENTION = "For the stakeholder relationship and 2 years after the last contact or its end";
    private static final List<String> SOURCES = List.of("The data subject", "The organisation the data subject represents");
    private static final List<String> IT_PROVIDERS = List.of("IT service providers (processor, Finland / EU/EEA)");
    static final String NEWSLETTER_PROVIDER = "Newsletter service provider (processor, Finland / EU/EEA)";
    static final String RECORD_KIND = "contact person";

    private final AuditLog audit;
    private final SuppressionService suppressions;

    /**
     * The contact persons that are the subject's, the ones only unproved identifiers (or name with
     * birth date) matched, every key of the included persons (what their access log is filed
     * under), and the keys whose suppression markings are the subject's.
     */
    public record SubjectMatch(List<ContactPerson> persons, List<PossibleMatch> possibleMatches, Set<String> includedKeys,
            Set<String> suppressionKeys) {

        public boolean found() {
            return !persons.isEmpty();
        }
    }

    public StakeholderSubjectData(AuditLog audit, SuppressionService suppressions) {
        this.audit = audit;
        this.suppressions = suppressions;
    }

    /**
     * The subject's contact persons, decided by {@link SubjectMatcher}: the one place every SPI
     * operation of this register gets them from. Candidates are the contact persons known by any
     * of the call's keys; each person is one group, included only through a verified key.
     */
    public SubjectMatch match(SubjectRef subject) {
        List<SubjectMatcher.Candidate<ContactPerson>> candidates = ContactPerson.findByKeys(subject.all()).stream()
                .map(p -> new SubjectMatcher.Candidate<>(p, p.id, p.keys(), RECORD_KIND, hint(p)))
                .toList();
        SubjectMatcher.Result<ContactPerson> result = SubjectMatcher.match(REGISTER, subject, candidates);
        Set<String> suppressionKeys = new LinkedHashSet<>(result.includedKeys());
        // A suppression holds a key, not a person: it is the subject's through a key of an included
        // person or a key the subject proved. Name with birth date identifies nobody on its own.
        subject.verified().stream().filter(k -> !k.startsWith("name_")).forEach(suppressionKeys::add);
        return new SubjectMatch(result.included(), result.possibleMatches(), result.includedKeys(), suppressionKeys);
    }

    /** A masked hint for a possible match: initials and the kind of organisation, no contact data. */
    static String hint(ContactPerson p) {
        String initials = SubjectMatcher.hint(p.firstName, p.lastName, null);
        OrganisationRole role = p.organisation == null ? null : p.organisation.role;
        return role == null || role == OrganisationRole.OTHER ? initials
                : initials + ", " + role.name().toLowerCase(Locale.ROOT) + " contact";
    }

    public SubjectLookup lookup(SubjectMatch match) {
        List<ContactPerson> persons = match.persons();
        long suppressed = Suppression.count("subjectKey in ?1", nonEmpty(match.suppressionKeys()));
        List<String> categories = new ArrayList<>();
        if (!persons.isEmpty()) {
            categories.addAll(List.of("contact person data", "contacts", "mailing lists"));
        }
        if (suppressed > 0) {
            categories.add("suppression markings");
        }
        return new SubjectLookup(REGISTER, !persons.isEmpty() || suppressed > 0, (int) (persons.size() + suppressed), categories);
    }

    public AccessReport access(UUID caseId, SubjectMatch match) {
        List<ContactPerson> persons = match.persons();
        List<AccessReport.AccessLogLine> log = match.includedKeys().isEmpty() ? List.of()
                : AuditEntry.<AuditEntry>list("subjectKey in ?1 order by id", match.includedKeys()).stream()
                        .map(e -> new AccessReport.AccessLogLine(e.occurredAt, e.actorRoles, e.action, e.recordType, e.purpose))
                        .toList();
        persons.forEach(p -> audit.record(AuditAction.DSR, p.auditKey(), "contact-person", caseId.toString(), "Art 15 access request"));
        List<Interaction> interactions = persons.isEmpty() ? List.of()
                : Interaction.list("contactPerson in ?1 order by occurredAt", persons);
        List<Membership> memberships = persons.isEmpty() ? List.of()
                : Membership.list("contactPerson in ?1 order by addedAt", persons);
        List<Suppression> suppressed = Suppression.list("subjectKey in ?1 order by createdAt", nonEmpty(match.suppressionKeys()));
        boolean consent = persons.stream().anyMatch(p -> p.legalBasis == PersonBasis.CONSENT);
        List<AccessReport.Category> categories = List.of(
                new AccessReport.Category("Contact person data",
                        "Managing contractual and cooperation relationships and communication with stakeholders",
                        consent ? "GDPR Art 6(1)(a) consent / Art 6(1)(b) contract" : "GDPR Art 6(1)(b); Art 6(1)(f) where the contract is the organisation's",
                        SOURCES, IT_PROVIDERS, RETENTION, true, persons.stream().map(StakeholderSubjectData::personRow).toList()),
                new AccessReport.Category("Contacts and meetings", "Managing the stakeholder relationship",
                        "GDPR Art 6(1)(b) / 6(1)(f)", List.of("Kuopas Oy", "The data subject"), IT_PROVIDERS, RETENTION, true,
                        interactions.stream().map(StakeholderSubjectData::interactionRow).toList()),
                new AccessReport.Category("Mailing lists", "Stakeholder bulletins, newsletters and event invitations",
                        "GDPR Art 6(1)(a) for the newsletter; 6(1)(f) for event invitations; 6(1)(b) for contract communication",
                        List.of("The data subject"), List.of(NEWSLETTER_PROVIDER), "While the consent or relationship lasts",
                        true, memberships.stream().map(StakeholderSubjectData::membershipRow).toList()),
                new AccessReport.Category("Suppression markings", "Keeping a withdrawal, objection or erasure in force",
                        "GDPR Art 6(1)(c) with Art 7(3) and Art 21(3)", List.of("The data subject"), List.of(),
                        "As long as the suppression is needed; only a keyed hash of the identifier is kept", false,
                        suppressed.stream().map(StakeholderSubjectData::suppressionRow).toList()));
        return new AccessReport(REGISTER, !persons.isEmpty() || !suppressed.isEmpty(), categories, log, Instant.now());
    }

    public ErasureReport erase(UUID caseId, SubjectMatch match, boolean dryRun) {
        List<ContactPerson> persons = match.persons();
        int interactions = persons.isEmpty() ? 0 : (int) Interaction.count("contactPerson in ?1", persons);
        int memberships = persons.isEmpty() ? 0 : (int) Membership.count("contactPerson in ?1", persons);
        Set<String> marked = new LinkedHashSet<>();
        Suppression.<Suppression>list("subjectKey in ?1", nonEmpty(match.suppressionKeys())).forEach(s -> marked.add(s.subjectKey));
        persons.forEach(p -> marked.addAll(p.keys()));
        List<ErasureReport.Erased> erased = List.of(
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_CONTACT_PERSON), persons.size()),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_CONTACTS), interactions),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_MEMBERSHIPS), memberships));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        if (!marked.isEmpty()) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_SUPPRESSION), marked.size(),
                    DsrText.of(DsrCode.KEPT_SUPPRESSION), DsrText.of(DsrCode.REF_SUPPRESSION), null));
        }
        if (!dryRun) {
            for (ContactPerson p : persons) {
                suppressions.suppress(p.keys(), List.of(p), Suppression.Scope.ALL_MAILINGS, Suppression.Reason.ERASURE, null,
                        "dsr:" + caseId);
                audit.record(AuditAction.DELETE, p.auditKey(), "contact-person", caseId.toString(), "Art 17 erasure");
                p.delete();
            }
        }
        return new ErasureReport(REGISTER, dryRun, erased, kept);
    }

    /** A placeholder that matches no key keeps "in ?1" valid when the set is empty. */
    private static Set<String> nonEmpty(Set<String> keys) {
        return keys.isEmpty() ? Set.of("-") : keys;
    }

    private static Map<String, Object> personRow(ContactPerson p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", p.firstName);
        m.put("lastName", p.lastName);
        m.put("title", p.title);
        m.put("email", p.email);
        m.put("phone", p.phone);
        m.put("language", p.language);
        m.put("organisation", p.organisation.name);
        m.put("organisationBusinessId", p.organisation.businessId);
        m.put("legalBasis", p.legalBasis.name());
        m.put("restricted", p.restricted());
        m.put("lastInteractionAt", p.lastInteractionAt);
        m.put("createdAt", p.createdAt);
        return m;
    }

    private static Map<String, Object> interactionRow(Interaction i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", i.type.name());
        m.put("occurredAt", i.occurredAt);
        m.put("summary", i.summary);
        return m;
    }

    private static Map<String, Object> membershipRow(Membership ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mailingList", ms.mailingList.name);
        m.put("purpose", ms.mailingList.purposeCode);
        m.put("legalBasis", ms.mailingList.legalBasis.name());
        m.put("addedAt", ms.addedAt);
        return m;
    }

    private static Map<String, Object> suppressionRow(Suppression s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", s.scope.name());
        m.put("reason", s.reason.name());
        m.put("purpose", s.purpose);
        m.put("since", s.createdAt);
        return m;
    }
}
