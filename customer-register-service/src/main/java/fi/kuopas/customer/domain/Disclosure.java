package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One disclosure of a person's data to a recipient outside the register (docs/domain-rules.md). */
@Entity
@Table(name = "disclosure")
public class Disclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "recipient_role", nullable = false)
    public String recipientRole;

    @Column(name = "recipient_country", nullable = false)
    public String recipientCountry;

    @Column(nullable = false)
    public String categories;

    /** The fields disclosed (DisclosableField names, comma-separated): what the protected-address check decided on. */
    public String fields;

    @Column(nullable = false)
    public String basis;

    /** The provision an authority recipient relies on (required for authorities). */
    @Column(name = "legal_reference")
    public String legalReference;

    @Column(name = "request_reference")
    public String requestReference;

    @Column(name = "transfer_mechanism")
    public String transferMechanism;

    @Column(name = "disclosed_at", nullable = false)
    public Instant disclosedAt;

    @Column(name = "disclosed_by", nullable = false)
    public String disclosedBy;

    /**
     * GDPR Art 19: the recipients to tell of a rectification, erasure or restriction of these
     * people's data: every distinct recipient in their disclosure log, sorted. An erasure asks
     * before it deletes the log.
     */
    public static List<String> recipientsOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return Disclosure.<Disclosure>list("personId in ?1", List.copyOf(personIds)).stream().map(d -> d.recipient).distinct()
                .sorted().toList();
    }
}
