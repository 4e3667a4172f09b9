package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.CompellingGrounds;
import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.MarketingPreference.Channel;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.customer.service.PersonRestrictions;
import fi.kuopas.customer.service.PersonWriter;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegister;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The customer register's answers to the DSR SPI (served by the kit's DsrSpiResource). Every
 * operation acts only on the person rows {@link CustomerSubjectData#match} includes and reports the
 * possible matches beside its answer, unchanged.
 */
@ApplicationScoped
public class CustomerRegister implements SubjectRegister {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Set<String> RECTIFIABLE = Set.of("firstName", "lastName", "email", "phone", "streetAddress",
            "postalCode", "city", "language");

    private final CustomerSubjectData data;
    private final PersonWriter writer;
    private final AuditLog audit;
    private final Restrictions restrictions;
    private final Caller caller;

    public CustomerRegister(CustomerSubjectData data, PersonWriter writer, AuditLog audit, Restrictions restrictions,
            Caller caller) {
        this.restrictions = restrictions;
        this.caller = caller;
        this.data = data;
        this.writer = writer;
        this.audit = audit;
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectMatcher.Result<Person> match = data.match(subject);
        List<Person> people = match.included();
        return new SubjectLookup(CustomerSubjectData.REGISTER, !people.isEmpty(), people.size(), people.isEmpty() ? List.of()
                : List.of("identity and contact", "applications", "leases", "credit checks", "population register queries",
                        "decisions", "debt collection", "disclosures", "marketing permissions"), match.possibleMatches());
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        return data.access(caseId, subject);
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        return data.erase(caseId, subject, dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatcher.Result<Person> match = data.match(call.subject());
        List<Person> people = match.included();
        boolean set = call.action() == RestrictionCall.Action.SET;
        people.forEach(p -> {
            restrictions.apply(PersonRestrictions.key(p.id), call.action(), call.caseId(), caller.name());
            audit.record(AuditAction.RESTRICT, p.auditKey(), "person", call.caseId().toString(), "Art 18 restriction " + call.action());
        });
        return DsrOutcome.coded(CustomerSubjectData.REGISTER, !people.isEmpty(), people.isEmpty() ? List.of()
                : List.of(DsrText.of(set ? DsrCode.APPLIED_CUSTOMER_RESTRICTED : DsrCode.APPLIED_RESTRICTION_LIFTED)),
                List.of(), recipients(people), match.possibleMatches());
    }

    /**
     * GDPR Art 21. Direct marketing (post, email, SMS) and surveys stop at once and for good (Art
     * 21(2)-(3)). The other legitimate-interest purposes, Art 6(1)(f) — debt collection, co-resident
     * data, credit checks — stop too unless compelling legitimate grounds that override the
     * subject's interests are recorded for the person and purpose (Art 21(1)); the answer says which.
     * Purposes resting on the contract or a legal obligation are not open to objection.
     */
    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectMatcher.Result<Person> match = data.match(call.subject());
        List<Person> people = match.included();
        List<DsrText> applied = new ArrayList<>();
        // Each refusal with its English words: the compatibility text names who recorded the grounds, the code does not.
        Map<DsrText, String> refused = new LinkedHashMap<>();
        String purpose = call.purpose() == null ? null : call.purpose().strip();
        List<Channel> channels = purpose == null ? List.of(Channel.EMAIL, Channel.SMS, Channel.POST, Channel.SURVEY)
                : switch (purpose) {
                    case "customer-surveys" -> List.of(Channel.SURVEY);
                    case "postal-marketing" -> List.of(Channel.POST);
                    case "marketing-email" -> List.of(Channel.EMAIL);
                    case "marketing-sms" -> List.of(Channel.SMS);
                    case "email-sms-marketing" -> List.of(Channel.EMAIL, Channel.SMS);
                    default -> List.of();
                };
        List<String> interests = purpose == null ? ProcessingObjection.PURPOSES
                : ProcessingObjection.PURPOSES.contains(purpose) ? List.of(purpose) : List.of();
        Instant now = Instant.now();
        for (Person p : people) {
            for (Channel c : channels) {
                MarketingPreference.set(p.id, c, false, "objection (Art 21), case " + call.caseId(), now);
                applied.add(DsrText.of(DsrCode.APPLIED_CHANNEL_STOPPED, "channel", c.name()));
            }
            for (String interest : interests) {
                ProcessingObjection o = ProcessingObjection.findById(new ProcessingObjection.Key(p.id, interest));
                if (o == null) {
                    o = new ProcessingObjection();
                    o.id = new ProcessingObjection.Key(p.id, interest);
                    o.objectedAt = now;
                    o.caseId = call.caseId();
                    o.persist();
                }
                CompellingGrounds grounds = CompellingGrounds.latest(p.id, interest);
                if (grounds != null) {
                    // The code carries the grounds, not who recorded them: the subject reads it (roles, never staff names).
                    refused.put(DsrText.of(DsrCode.REFUSED_COMPELLING_GROUNDS, "interest", interest,
                            "date", grounds.recordedAt.atZone(HELSINKI).toLocalDate().toString(), "grounds", grounds.grounds),
                            interest + ": processing continues on compelling legitimate grounds recorded by "
                            + grounds.recordedBy + " on " + grounds.recordedAt.atZone(HELSINKI).toLocalDate() + ": "
                            + grounds.grounds + " (GDPR Art 21(1))");
                } else {
                    applied.add(stopEffect(p, interest));
                }
            }
            audit.record(AuditAction.UPDATE, p.auditKey(), "marketing-preference", call.caseId().toString(), "Art 21 objection");
        }
        if (channels.isEmpty() && interests.isEmpty() && !people.isEmpty()) {
            DsrText notApplicable = DsrText.of(DsrCode.REFUSED_CONTRACT_OR_LAW, "purpose", purpose);
            refused.put(notApplicable, notApplicable.english());
        }
        List<DsrText> stopped = applied.stream().distinct().toList();
        return new DsrOutcome(CustomerSubjectData.REGISTER, !people.isEmpty(), stopped.stream().map(DsrText::english).toList(),
                List.copyOf(refused.values()), List.of(), match.possibleMatches(), stopped, List.copyOf(refused.keySet()));
    }

    /** Stops what is stopped at once; the services refuse the rest while the objection stands. */
    private static DsrText stopEffect(Person p, String interest) {
        return switch (interest) {
            case ProcessingObjection.CO_RESIDENTS -> {
                long removed = LeaseResident.delete("id.personId = ?1 and role = ?2", p.id, "CO_RESIDENT");
                yield DsrText.of(DsrCode.APPLIED_CO_RESIDENTS_STOPPED, "interest", interest, "leases", Long.toString(removed));
            }
            case ProcessingObjection.DEBT_COLLECTION -> DsrText.of(DsrCode.APPLIED_DEBT_COLLECTION_STOPPED, "interest", interest);
            case ProcessingObjection.CREDIT_CHECK -> DsrText.of(DsrCode.APPLIED_CREDIT_CHECK_STOPPED, "interest", interest);
            default -> DsrText.of(DsrCode.APPLIED_INTEREST_STOPPED, "interest", interest);
        };
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatcher.Result<Person> match = data.match(call.subject());
        List<Person> people = match.included();
        List<DsrText> applied = new ArrayList<>();
        List<DsrText> refused = new ArrayList<>();
        for (Person p : people) {
            for (RectificationCall.Correction c : call.corrections()) {
                FieldProvenance dvv = FieldProvenance.findById(new FieldProvenance.Key(p.id, "address"));
                boolean addressField = Set.of("streetAddress", "postalCode", "city").contains(c.field());
                if (!RECTIFIABLE.contains(c.field())) {
                    refused.add(DsrText.of(DsrCode.REFUSED_NOT_RECTIFIABLE, "field", c.field()));
                } else if (!valid(c.field(), c.value())) {
                    refused.add(DsrText.of(DsrCode.REFUSED_INVALID_VALUE, "field", c.field()));
                } else if (addressField && dvv != null && !dvv.source.equals("the data subject")) {
                    refused.add(DsrText.of(DsrCode.REFUSED_AT_SOURCE, "field", c.field(), "source", dvv.source));
                } else {
                    applyCorrection(p, c.field(), c.value());
                    applied.add(DsrText.of(DsrCode.APPLIED_FIELD_CORRECTED, "field", c.field()));
                }
            }
            writer.refreshNameKey(p);
            p.updatedAt = Instant.now();
            audit.record(AuditAction.UPDATE, p.auditKey(), "person", call.caseId().toString(), "Art 16 rectification");
        }
        return DsrOutcome.coded(CustomerSubjectData.REGISTER, !people.isEmpty(), applied, refused, recipients(people),
                match.possibleMatches());
    }

    private static boolean valid(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Set.of("streetAddress", "postalCode", "city").contains(field) && value == null;
        }
        return switch (field) {
            case "email" -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case "phone" -> value.matches("\\+?[0-9 ()\\-]{6,20}");
            case "postalCode" -> value.matches("[0-9]{5}");
            case "language" -> value.matches("fi|sv|en");
            default -> value.length() <= 100;
        };
    }

    private void applyCorrection(Person p, String field, String value) {
        switch (field) {
            case "firstName" -> p.firstName = value;
            case "lastName" -> p.lastName = value;
            case "email" -> writer.applyContact(p, value, p.phone, p.language, p.streetAddress, p.postalCode, p.city);
            case "phone" -> writer.applyContact(p, p.email, value, p.language, p.streetAddress, p.postalCode, p.city);
            case "streetAddress" -> p.streetAddress = value;
            case "postalCode" -> p.postalCode = value;
            case "city" -> p.city = value;
            case "language" -> p.language = value;
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** Art 19: recipients told of a rectification, erasure or restriction come from the disclosure log. */
    static List<String> recipients(List<Person> people) {
        return Disclosure.recipientsOf(people.stream().map(p -> p.id).toList());
    }
}
