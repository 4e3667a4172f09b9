package fi.kuopas.customer.dsr;

import static fi.kuopas.privacy.dsr.AccessReports.row;

import fi.kuopas.customer.domain.CollectionCase;
import fi.kuopas.customer.domain.CompellingGrounds;
import fi.kuopas.customer.domain.CreditCheck;
import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.FaultReport;
import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.HousingApplication;
import fi.kuopas.customer.domain.Lease;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.MarketingPreference.Channel;
import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.PopulationQuery;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.customer.domain.SurveyResponse;
import fi.kuopas.customer.domain.TenantSelectionDecision;
import fi.kuopas.customer.retention.PersonRetention;
import fi.kuopas.customer.service.RetentionConfig;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.dsr.AccessReport.Category;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReports;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** GDPR Art 15: the customer register's access report (and which categories are portable under Art 20). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerAccess implements SubjectRegisterParts.Access {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String SUBJECT = "the data subject";

    private final CustomerSubjectLookup lookup;
    private final FieldEncryptor encryptor;
    private final AuditLog audit;
    private final RetentionConfig config;
    /** The actual maintenance partner, by name (CJEU C-154/21); the register description names the same property. */
    private final String maintenancePartner;

    public CustomerAccess(CustomerSubjectLookup lookup, FieldEncryptor encryptor, AuditLog audit, RetentionConfig config,
            @ConfigProperty(name = "kuopas.recipients.maintenance-partner") String maintenancePartner) {
        this.lookup = lookup;
        this.encryptor = encryptor;
        this.audit = audit;
        this.config = config;
        this.maintenancePartner = maintenancePartner;
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        SubjectMatcher.Result<Person> match = lookup.match(subject);
        List<Person> people = match.included();
        List<UUID> ids = people.stream().map(p -> p.id).toList();
        List<Category> categories = new ArrayList<>();
        if (!people.isEmpty()) {
            categories.add(category("Identity and contact details", "Customer relationship, tenancy and housing applications",
                    "GDPR Art 6(1)(b)", sourcesOf(ids), List.of("Property maintenance partner (processor): " + maintenancePartner),
                    "Lease end + " + config.formerTenantYears() + " years; applicants who never became tenants: last application "
                            + "validity + " + config.expiredApplicationMonths() + " months", true,
                    people.stream().map(this::personRow).toList()));
            categories.add(category("Housing and key applications", "Tenant selection", "GDPR Art 6(1)(b)", "Application validity (3 months) + "
                    + config.expiredApplicationMonths() + " months", true,
                    HousingApplication.<HousingApplication>list("personId in ?1", ids).stream().map(a -> row(
                            "kind", a.kind, "receivedAt", a.receivedAt, "validUntil", a.validUntil, "householdSize", a.householdSize,
                            "desiredArea", a.desiredArea, "desiredRooms", a.desiredRooms, "status", a.status)).toList()));
            categories.add(category("Leases", "Tenancy; rent ledger", "GDPR Art 6(1)(b), 6(1)(c) Accounting Act 1336/1997",
                    "Lease end + 3 years; ledger 10 years", true, leasesOf(ids)));
            categories.add(category("Credit checks", "Tenant selection, decision support only (no automated decisions)",
                    "GDPR Art 6(1)(f), Credit Information Act 527/2007", List.of("Suomen Asiakastieto Oy, luottotietorekisteri"),
                    List.of(), "With the application", false,
                    CreditCheck.<CreditCheck>list("personId in ?1", ids).stream().map(c -> row("checkedAt", c.checkedAt,
                            "source", c.source + ", " + c.checkedAt.atZone(HELSINKI).toLocalDate(), "purpose", c.purpose,
                            "paymentDefaults", c.paymentDefaults, "summary", c.summary, "requestedBy", c.requestedBy)).toList()));
            categories.add(category("Population register queries", "Checking address and protected-address status",
                    "GDPR Art 6(1)(f); Population Information Act 661/2009", List.of("Digi- ja väestötietovirasto (DVV)"),
                    List.of(), "With the person", false,
                    PopulationQuery.<PopulationQuery>list("personId in ?1", ids).stream().map(q -> row("queriedAt", q.queriedAt,
                            "source", q.source, "purpose", q.purpose, "fields", q.fields)).toList()));
            categories.add(category("Tenant-selection decisions", "Tenant selection by a named person (GDPR Art 22: no automated decisions)",
                    "GDPR Art 6(1)(b)", config.selectionDecisionYears() + " years (discrimination claims)", false,
                    TenantSelectionDecision.<TenantSelectionDecision>list("applicationId in (SELECT a.id FROM HousingApplication a "
                            + "WHERE a.personId in ?1)", ids).stream().map(d -> row("decidedAt", d.decidedAt, "decidedBy", d.decidedBy,
                                    "outcome", d.outcome, "rationale", d.rationale, "inputsUsed", d.inputsUsed)).toList()));
            categories.add(category("Debt collection", "Collecting unpaid rent", "GDPR Art 6(1)(f)", "Until paid or time-barred", false,
                    CollectionCase.<CollectionCase>list("personId in ?1", ids).stream().map(c -> row("openedAt", c.openedAt,
                            "closedAt", c.closedAt, "amountCents", c.amountCents, "agent", c.agentName, "agentCountry", c.agentCountry,
                            "transferMechanism", c.transferMechanism)).toList()));
            categories.add(category("Survey responses", "Customer-satisfaction and other surveys", "GDPR Art 6(1)(f)",
                    config.surveyResponseYears() + " years from the answer; none stored after an objection (Art 21)", false,
                    SurveyResponse.<SurveyResponse>list("personId in ?1 ORDER BY answeredAt", ids).stream().map(r -> row(
                            "surveyCode", r.surveyCode, "answeredAt", r.answeredAt, "score", r.score, "answers", r.answers))
                            .toList()));
            List<FaultReport> faults = FaultReport.list("personId in ?1 ORDER BY reportedAt", ids);
            categories.add(category("Fault reports and maintenance", "Maintenance of the apartment; entry permissions",
                    "GDPR Art 6(1)(b)", List.of(SUBJECT), faults.stream().filter(f -> f.partner != null)
                            .map(f -> f.partner + " (maintenance partner, processor)").distinct().toList(),
                    "While the tenancy lasts", true, faults.stream().map(f -> row("apartment", f.apartmentRef,
                            "description", f.description, "reportedAt", f.reportedAt, "entryPermissionGranted", f.entryGranted,
                            "entryValidFrom", f.entryValidFrom, "entryValidUntil", f.entryValidUntil, "pets", f.entryPets,
                            "entryNotes", f.entryNotes, "status", f.status, "partner", f.partner, "handedOverAt", f.handedOverAt,
                            "doneAt", f.doneAt)).toList()));
            categories.add(category("Disclosures", "Who received data and why (Art 15(1)(c))", "as recorded per disclosure",
                    List.of(SUBJECT), Disclosure.<Disclosure>list("personId in ?1", ids).stream().map(d -> d.recipient).distinct().toList(),
                    "With the person", false, Disclosure.<Disclosure>list("personId in ?1", ids).stream().map(d -> row(
                            "disclosedAt", d.disclosedAt, "recipient", d.recipient, "role", d.recipientRole, "country", d.recipientCountry,
                            "categories", d.categories, "basis", d.basis, "transferMechanism", d.transferMechanism)).toList()));
            // Art 20 follows the legal basis: email and SMS marketing rest on consent, post and surveys on
            // legitimate interest, so their preferences are two categories.
            List<MarketingPreference> preferences = MarketingPreference.list("id.personId in ?1 ORDER BY id.channel", ids);
            categories.add(category("Email and SMS marketing permissions", "Direct marketing by email and text message",
                    "GDPR Art 6(1)(a); Act on Electronic Communications Services 917/2014 §200", "While the consent is valid; "
                            + "a refusal outlives an erasure as keyed hashes only (Art 21(3))", true,
                    preferencesOf(preferences, Channel.EMAIL, Channel.SMS)));
            categories.add(category("Postal-marketing and survey preferences", "Direct marketing by post and customer surveys",
                    "GDPR Art 6(1)(f)", "While the customer relationship lasts; a refusal outlives an erasure as keyed hashes "
                            + "only (Art 21(3))", false, preferencesOf(preferences, Channel.POST, Channel.SURVEY)));
            List<Map<String, Object>> objections = new ArrayList<>();
            ProcessingObjection.<ProcessingObjection>list("id.personId in ?1", ids).forEach(o -> objections.add(row(
                    "purpose", o.id.purpose(), "objectedAt", o.objectedAt)));
            CompellingGrounds.<CompellingGrounds>list("personId in ?1 ORDER BY recordedAt", ids).forEach(g -> objections.add(row(
                    "purpose", g.purpose, "compellingGrounds", g.grounds, "recordedBy", g.recordedBy, "recordedAt", g.recordedAt)));
            categories.add(category("Objections (Art 21)", "Objections to legitimate-interest processing and any compelling "
                    + "legitimate grounds recorded against them", "GDPR Art 21(1)", "With the person", false, objections));
        }
        // Only keys of the subject's own rows: a claimed key (another person's email) never opens a log.
        List<AccessReport.AccessLogLine> log = AccessReports.accessLog(match.includedKeys());
        people.forEach(p -> audit.record(AuditAction.DSR, p.auditKey(), "person", caseId.toString(), "Art 15 access request"));
        return new AccessReport(CustomerSubjectLookup.REGISTER, !people.isEmpty(), categories, log, Instant.now(), match.possibleMatches());
    }

    private List<String> sourcesOf(List<UUID> ids) {
        List<String> sources = new ArrayList<>(List.of(SUBJECT));
        FieldProvenance.<FieldProvenance>list("id.personId in ?1", ids).stream()
                .map(f -> f.source + ", " + f.retrievedAt.atZone(HELSINKI).toLocalDate())
                .filter(s -> !s.startsWith(SUBJECT)).distinct().forEach(sources::add);
        return sources;
    }

    private List<Map<String, Object>> leasesOf(List<UUID> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeaseResident r : LeaseResident.<LeaseResident>list("id.personId in ?1", ids)) {
            Lease l = Lease.findById(r.id.leaseId());
            // Co-residents are other people: only their number is shown (Art 15(4)).
            long others = LeaseResident.count("id.leaseId = ?1 and id.personId not in ?2", l.id, ids);
            rows.add(row("lease", l.externalPmsId, "apartment", l.apartmentRef, "startDate", l.startDate, "endDate", l.endDate,
                    "role", r.role, "otherResidents", others));
        }
        return rows;
    }

    private Map<String, Object> personRow(Person p) {
        String code = p.picEncrypted == null ? null : encryptor.decrypt(p.picEncrypted);
        return row("personalIdentityCode", code, "temporaryIdentityCode", p.picTemporary, "firstName", p.firstName, "lastName", p.lastName, "birthDate", p.birthDate,
                "email", p.email, "phone", p.phone, "language", p.language, "streetAddress", p.streetAddress,
                "postalCode", p.postalCode, "city", p.city, "protectedAddress", p.protectedAddress, "restricted", p.restricted);
    }

    private static Category category(String name, String purpose, String basis, String retention, boolean portable,
            List<Map<String, Object>> records) {
        return category(name, purpose, basis, List.of(SUBJECT), List.of(), retention, portable, records);
    }

    /** Every category goes through here, so none on another legal basis can be flagged portable. */
    private static Category category(String name, String purpose, String basis, List<String> sources, List<String> recipients,
            String retention, boolean portable, List<Map<String, Object>> records) {
        return new Category(name, purpose, basis, sources, recipients, retention, portable && portableBasis(basis), records);
    }

    /**
     * GDPR Art 20(1)(a): portability covers processing on consent, Art 6(1)(a), or on a contract,
     * Art 6(1)(b), only; a category that (also) rests on legitimate interest, Art 6(1)(f), is not portable.
     */
    static boolean portableBasis(String basis) {
        return (basis.contains("6(1)(a)") || basis.contains("6(1)(b)")) && !basis.contains("6(1)(f)");
    }

    private static List<Map<String, Object>> preferencesOf(List<MarketingPreference> preferences, Channel... channels) {
        List<String> wanted = Arrays.stream(channels).map(Enum::name).toList();
        return preferences.stream().filter(m -> wanted.contains(m.id.channel())).map(m -> row("channel", m.id.channel(),
                "allowed", m.allowed, "reason", m.reason, "updatedAt", m.updatedAt)).toList();
    }
}
