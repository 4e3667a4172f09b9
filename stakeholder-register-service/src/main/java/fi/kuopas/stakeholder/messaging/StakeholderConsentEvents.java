package fi.kuopas.stakeholder.messaging;

import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.messaging.ConsentEventHandler;
import fi.kuopas.privacy.messaging.PoisonEventException;
import fi.kuopas.stakeholder.domain.MailingBasis;
import fi.kuopas.stakeholder.domain.MailingPurpose;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.service.SuppressionService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reacts to consent-service's events (topic consent-events). The event's subject is the subject
 * key the consent was filed under (identity code, else email, else phone); contact persons are
 * matched by every key they are known by. Runs in the kit consumer's transaction, so the
 * suppression, the removed memberships and the "processed" mark commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderConsentEvents implements ConsentEventHandler {

    private static final Pattern SUBJECT_KEY = Pattern.compile("[a-z]+_[0-9a-f]{64}");
    private static final String REGISTER = "stakeholder";

    private final SuppressionService suppressions;

    public StakeholderConsentEvents(SuppressionService suppressions) {
        this.suppressions = suppressions;
    }

    /**
     * The consumer thread has no request context; privacy-kit's AuditLog needs one to see that
     * no user is acting (it then records "system").
     */
    @Override
    @ActivateRequestContext
    public void apply(ConsentEvent event) {
        switch (event.type()) {
            case ConsentEvent.WITHDRAWN, ConsentEvent.EXPIRED -> withdrawn(event);
            case ConsentEvent.OBJECTION_RECORDED -> objection(event);
            case ConsentEvent.GRANTED -> granted(event);
            default -> {
                // Legal-basis changes and other registers' erasures do not change this register's mailings.
            }
        }
    }

    private void withdrawn(ConsentEvent event) {
        String purpose = requirePurpose(event);
        if (!isConsentPurposeOfOurs(purpose, event.data())) {
            return;
        }
        var applied = suppressions.suppress(keys(event), Suppression.Scope.CONSENT_MAILINGS,
                Suppression.Reason.WITHDRAWAL, purpose, "event:" + event.id());
        Log.infof("consent withdrawal %s applied: %d contact person(s), %d membership(s) removed",
                event.id(), applied.persons(), applied.membershipsRemoved());
    }

    /**
     * Art 21: an objection to direct marketing is absolute; one to legitimate-interest processing
     * (stakeholder mailings) stops it unless compelling grounds were recorded. An objection without
     * a purpose covers every purpose.
     */
    private void objection(ConsentEvent event) {
        ConsentEventData data = event.data();
        String purpose = data == null ? null : data.purpose();
        if ("COMPELLING_GROUNDS".equals(data == null ? null : data.decision())) {
            return;
        }
        if (purpose != null && !MailingPurpose.isOurs(purpose) && !REGISTER.equals(data.register())) {
            return;
        }
        var applied = suppressions.suppress(keys(event), Suppression.Scope.ALL_MAILINGS,
                Suppression.Reason.OBJECTION, purpose, "event:" + event.id());
        Log.infof("objection %s applied: %d contact person(s), %d membership(s) removed",
                event.id(), applied.persons(), applied.membershipsRemoved());
    }

    private void granted(ConsentEvent event) {
        String purpose = requirePurpose(event);
        if (isConsentPurposeOfOurs(purpose, event.data())) {
            keys(event).forEach(suppressions::liftWithdrawal);
        }
    }

    private static boolean isConsentPurposeOfOurs(String purpose, ConsentEventData data) {
        return MailingPurpose.ofCode(purpose).map(p -> p.basis == MailingBasis.CONSENT).orElse(false)
                || (REGISTER.equals(data.register()) && !MailingPurpose.isOurs(purpose));
    }

    private static String requirePurpose(ConsentEvent event) {
        if (event.data() == null || event.data().purpose() == null || event.data().purpose().isBlank()) {
            throw new PoisonEventException(event.type() + " without data.purpose");
        }
        return event.data().purpose();
    }

    /** Every subject key of the consent (the event's subject and data.subjectKeys). */
    private static List<String> keys(ConsentEvent event) {
        List<String> keys = event.keys();
        if (keys.stream().anyMatch(k -> k == null || !SUBJECT_KEY.matcher(k).matches())) {
            throw new PoisonEventException("subject is not a subject key");
        }
        return keys;
    }
}
