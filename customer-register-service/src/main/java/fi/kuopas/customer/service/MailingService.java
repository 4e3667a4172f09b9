package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.MarketingSuppression;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recipients of a marketing or survey mailing: only people whose permission for the channel is
 * in force, never anyone with a protected address (turvakielto) or a restriction.
 */
@ApplicationScoped
public class MailingService {

    private final AuditLog audit;

    public MailingService(AuditLog audit) {
        this.audit = audit;
    }

    @Schema(name = "MailingRecipient")
    public record Recipient(UUID personId, String name, String email, String phone, String streetAddress,
            String postalCode, String city, String language) {
    }

    @Transactional
    public List<Recipient> recipients(MarketingPreference.Channel channel, int page, int size) {
        // One page at a time (X-Total-Count and Link headers tell how many pages): the export never
        // loads the whole register into memory.
        List<Person> people = Paging.list(Person.find("SELECT p FROM Person p WHERE " + permission(channel)
                + " ORDER BY p.lastName, p.firstName, p.id", channel.name()), page, size);
        return audited(channel, people);
    }

    /**
     * The page of recipients after the person {@code after} in id order (keyset paging): each page
     * costs the same however deep into the export it is, and no page counts the whole export. Without
     * {@code after} the first page.
     */
    @Transactional
    public List<Recipient> recipientsAfter(MarketingPreference.Channel channel, UUID after, int size) {
        var query = after == null
                ? Person.<Person>find("SELECT p FROM Person p WHERE " + permission(channel) + " ORDER BY p.id", channel.name())
                : Person.<Person>find("SELECT p FROM Person p WHERE " + permission(channel) + " AND p.id > ?2 ORDER BY p.id",
                        channel.name(), after);
        return audited(channel, query.range(0, size - 1).list());
    }

    private static String permission(MarketingPreference.Channel channel) {
        // Email and SMS marketing need consent in force (Act 917/2014 §200); postal marketing and
        // surveys rest on legitimate interest, so they reach everyone who has not objected.
        boolean consentBased = channel == MarketingPreference.Channel.EMAIL || channel == MarketingPreference.Channel.SMS;
        // GDPR Art 21(3): an objection to direct marketing (and to surveys) kept as a keyed-hash tombstone
        // when the person was erased still applies to anyone holding one of the keys again.
        return (consentBased
                ? "EXISTS (SELECT 1 FROM MarketingPreference m WHERE m.id.personId = p.id AND m.id.channel = ?1 AND m.allowed = true)"
                : "NOT EXISTS (SELECT 1 FROM MarketingPreference m WHERE m.id.personId = p.id AND m.id.channel = ?1 AND m.allowed = false)"
                        + " AND NOT " + MarketingSuppression.APPLIES_TO_P)
                + " AND p.protectedAddress = false AND p.restricted = false AND p.anonymisedAt IS NULL";
    }

    private List<Recipient> audited(MarketingPreference.Channel channel, List<Person> people) {
        // One audit line per recipient of the page, written in one statement.
        audit.recordEach(AuditAction.EXPORT, people.stream().map(Person::auditKey).toList(), "mailing", channel.name(),
                "mailing " + channel);
        return people.stream().map(p -> new Recipient(p.id, p.firstName + " " + p.lastName,
                channel == MarketingPreference.Channel.EMAIL ? p.email : null,
                channel == MarketingPreference.Channel.SMS ? p.phone : null,
                channel == MarketingPreference.Channel.POST ? p.streetAddress : null,
                channel == MarketingPreference.Channel.POST ? p.postalCode : null,
                channel == MarketingPreference.Channel.POST ? p.city : null, p.language)).toList();
    }
}
