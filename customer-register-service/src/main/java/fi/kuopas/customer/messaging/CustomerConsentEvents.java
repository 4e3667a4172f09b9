package fi.kuopas.customer.messaging;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.MarketingPreference.Channel;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.messaging.ConsentEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Marketing and survey permissions follow consent-service: email/SMS marketing needs consent
 * (Information Society Code 917/2014 §200); an objection to direct marketing stops every channel
 * for good; an objection to surveys stops surveys (Art 21).
 */
@ApplicationScoped
public class CustomerConsentEvents implements ConsentEventHandler {

    private static final Map<String, Channel> CONSENT_CHANNELS = Map.of(
            "marketing-email", Channel.EMAIL, "marketing-sms", Channel.SMS);
    private static final Map<String, Channel> OBJECTION_CHANNELS = Map.of(
            "postal-marketing", Channel.POST, "customer-surveys", Channel.SURVEY,
            "marketing-email", Channel.EMAIL, "marketing-sms", Channel.SMS);

    private final AuditLog audit;

    public CustomerConsentEvents(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs on the consumer thread: the audit log needs a request context to find that no user is acting. */
    @Override
    @ActivateRequestContext
    public void apply(ConsentEvent event) {
        // Every key of the consent: the person is found by whichever of them this register holds.
        List<Person> people = Person.findBySubjectKeys(event.keys());
        if (people.isEmpty() || event.data() == null) {
            return;
        }
        Instant at = event.data().effectiveAt() != null ? event.data().effectiveAt() : event.time();
        String purpose = event.data().purpose();
        for (Person p : people) {
            switch (event.type()) {
                case ConsentEvent.GRANTED -> set(p, CONSENT_CHANNELS.get(purpose), true, "consent " + purpose, at);
                case ConsentEvent.WITHDRAWN, ConsentEvent.EXPIRED -> set(p, CONSENT_CHANNELS.get(purpose), false, "consent withdrawn " + purpose, at);
                case ConsentEvent.OBJECTION_RECORDED -> objection(p, purpose, event.data().decision(), at);
                default -> {
                    continue;
                }
            }
            audit.record(AuditAction.UPDATE, p.auditKey(), "marketing-preference", p.id.toString(), "consent event " + event.type());
        }
    }

    private void objection(Person p, String purpose, String decision, Instant at) {
        if ("DIRECT_MARKETING".equals(decision)) {
            for (Channel c : List.of(Channel.EMAIL, Channel.SMS, Channel.POST)) {
                set(p, c, false, "objection to direct marketing (Art 21(3))", at);
            }
        } else if ("STOP".equals(decision)) {
            set(p, OBJECTION_CHANNELS.get(purpose), false, "objection to " + purpose + " (Art 21(1))", at);
        }
    }

    private static void set(Person p, Channel channel, boolean allowed, String reason, Instant at) {
        if (channel != null) {
            MarketingPreference.set(p.id, channel, allowed, reason, at);
        }
    }
}
