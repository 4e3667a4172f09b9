package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An export of segments to someone outside the security team (police, the data subject ...). Insert-only. */
@Entity
@Table(name = "disclosure")
public class Disclosure extends PanacheEntityBase {

    public enum RecipientType { POLICE, PROSECUTOR_OR_COURT, INSURER, DATA_SUBJECT, OTHER_AUTHORITY }

    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "police_case_number")
    public String policeCaseNumber;

    @Column(nullable = false)
    public String basis;

    public String reason;

    @Column(name = "disclosed_by", nullable = false)
    public String disclosedBy;

    @Column(name = "disclosed_at", nullable = false)
    public Instant disclosedAt;

    @Column(name = "footage_request_id")
    public UUID footageRequestId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_segment", joinColumns = @JoinColumn(name = "disclosure_id"))
    public List<SegmentCopy> segments = new ArrayList<>();
}
