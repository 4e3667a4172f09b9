package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.CompellingGrounds;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.MarketingPreference.Channel;
import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GDPR Art 21: the subject's objection to marketing, surveys and the legitimate-interest purposes. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerObjection implements SubjectRegisterParts.Objection {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final CustomerSubjectLookup lookup;
    private final AuditLog audit;

    public CustomerObjection(CustomerSubjectLookup lookup, AuditLog audit) {
        this.lookup = lookup;
        this.audit = audit;
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
        SubjectMatcher.Result<Person> match = lookup.match(call.subject());
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
        return new DsrOutcome(CustomerSubjectLookup.REGISTER, !people.isEmpty(), stopped.stream().map(DsrText::english).toList(),
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
}
