package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident's fault report, handled as a maintenance task, with their permission to enter the apartment. */
@Entity
@Table(name = "fault_report")
public class FaultReport extends PanacheEntityBase {

    @Schema(name = "FaultReportStatus")
    public enum Status { OPEN, IN_PROGRESS, DONE }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "apartment_ref", nullable = false)
    public String apartmentRef;

    @Column(nullable = false)
    public String description;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "entry_granted", nullable = false)
    public boolean entryGranted;

    @Column(name = "entry_valid_from")
    public LocalDate entryValidFrom;

    @Column(name = "entry_valid_until")
    public LocalDate entryValidUntil;

    @Column(name = "entry_pets")
    public Boolean entryPets;

    @Column(name = "entry_notes")
    public String entryNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The maintenance partner (processor) the task was handed to. */
    public String partner;

    @Column(name = "handed_over_at")
    public Instant handedOverAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Version
    public long version;

    /** Whether the partner may enter on the given day. */
    public boolean entryPermittedOn(LocalDate day) {
        return entryGranted && (entryValidFrom == null || !day.isBefore(entryValidFrom))
                && (entryValidUntil == null || !day.isAfter(entryValidUntil));
    }
}
