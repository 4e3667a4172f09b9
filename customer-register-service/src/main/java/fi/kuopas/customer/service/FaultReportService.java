package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.DisclosableField;
import fi.kuopas.customer.domain.FaultReport;
import fi.kuopas.customer.domain.FaultReport.Status;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.service.CustomerCommands.EntryPermission;
import fi.kuopas.customer.service.CustomerCommands.FaultStatusChange;
import fi.kuopas.customer.service.CustomerCommands.NewFaultReport;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fault reports of residents and the maintenance tasks made of them. Handing a task to the
 * maintenance partner (a processor, GDPR Art 28) discloses the resident's data, so it is logged.
 */
@ApplicationScoped
public class FaultReportService {

    static final String PURPOSE = "maintenance of the apartment";
    static final List<String> DISCLOSED = List.of("name", "phone", "apartment", "fault description", "entry permission");
    static final Set<DisclosableField> FIELDS = EnumSet.of(DisclosableField.NAME, DisclosableField.PHONE,
            DisclosableField.APARTMENT, DisclosableField.FAULT_DESCRIPTION, DisclosableField.ENTRY_PERMISSION);
    /**
     * A resident with a protected address (turvakielto): the partner gets no way to reach them (no
     * phone); it does the job in the apartment it maintains for Kuopas and contacts them through Kuopas.
     */
    static final List<String> DISCLOSED_PROTECTED = List.of("name", "apartment", "fault description", "entry permission");
    static final Set<DisclosableField> FIELDS_PROTECTED = EnumSet.of(DisclosableField.NAME, DisclosableField.APARTMENT,
            DisclosableField.FAULT_DESCRIPTION, DisclosableField.ENTRY_PERMISSION);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.OPEN, Set.of(Status.IN_PROGRESS, Status.DONE),
            Status.IN_PROGRESS, Set.of(Status.DONE),
            Status.DONE, Set.of());

    private final PersonService persons;
    private final DisclosureService disclosures;
    private final AuditLog audit;
    private final Caller caller;

    public FaultReportService(PersonService persons, DisclosureService disclosures, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.disclosures = disclosures;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public FaultReport report(NewFaultReport r) {
        Person p = persons.readable(r.personId());
        LocalDate today = LocalDate.now(HELSINKI);
        boolean resident = LeaseResident.count("id.personId = ?1 and id.leaseId in (SELECT l.id FROM Lease l WHERE "
                + "l.apartmentRef = ?2 and (l.endDate is null or l.endDate >= ?3))", p.id, r.apartmentRef(), today) > 0;
        if (!resident) {
            throw ProblemException.unprocessable("not-a-resident",
                    "the person has no lease in force for apartment " + r.apartmentRef());
        }
        EntryPermission e = r.entryPermission();
        if (e.granted()) {
            if (e.validFrom() == null || e.validUntil() == null) {
                throw ProblemException.badRequest("an entry permission needs validFrom and validUntil");
            }
            if (e.validUntil().isBefore(e.validFrom())) {
                throw ProblemException.badRequest("entryPermission.validUntil is before validFrom");
            }
            if (e.validUntil().isBefore(today)) {
                throw ProblemException.badRequest("entryPermission.validUntil is in the past");
            }
        } else if (e.validFrom() != null || e.validUntil() != null) {
            throw ProblemException.badRequest("validFrom and validUntil belong to a granted entry permission only");
        }
        FaultReport f = new FaultReport();
        f.id = UUID.randomUUID();
        f.personId = p.id;
        f.apartmentRef = r.apartmentRef();
        f.description = r.description().strip();
        f.reportedAt = Instant.now();
        f.reportedBy = caller.name();
        f.entryGranted = e.granted();
        f.entryValidFrom = e.validFrom();
        f.entryValidUntil = e.validUntil();
        f.entryPets = e.pets();
        f.entryNotes = e.notes() == null || e.notes().isBlank() ? null : e.notes().strip();
        f.status = Status.OPEN;
        f.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "fault-report", f.id.toString(), PURPOSE);
        return f;
    }

    /** Moves the task on; IN_PROGRESS hands it to the named partner and logs the disclosure. 409 on a stale version. */
    @Transactional
    public FaultReport changeStatus(UUID id, FaultStatusChange r) {
        FaultReport f = FaultReport.findById(id);
        if (f == null) {
            throw ProblemException.notFound("fault report " + id);
        }
        Person p = persons.readable(f.personId);
        if (f.version != r.version()) {
            throw ProblemException.conflict("fault report was changed by someone else (version " + f.version + ", yours "
                    + r.version() + "); reload and try again");
        }
        if (!NEXT.get(f.status).contains(r.status())) {
            throw ProblemException.conflict("a " + f.status + " task cannot become " + r.status());
        }
        boolean handOver = r.status() == Status.IN_PROGRESS;
        if (handOver && (r.partner() == null || r.partner().isBlank())) {
            throw ProblemException.badRequest("name the maintenance partner the task is handed to");
        }
        if (!handOver && (r.partner() != null || r.partnerCountry() != null || r.transferMechanism() != null)) {
            throw ProblemException.badRequest("partner, partnerCountry and transferMechanism are given only when handing over (IN_PROGRESS)");
        }
        Instant now = Instant.now();
        if (handOver) {
            String partner = r.partner().strip();
            disclosures.log(p, partner, "processor", r.partnerCountry() == null ? "FI" : r.partnerCountry(),
                    p.protectedAddress ? DISCLOSED_PROTECTED : DISCLOSED, p.protectedAddress ? FIELDS_PROTECTED : FIELDS,
                    "GDPR Art 28 processor agreement; maintenance under the lease, Art 6(1)(b)", "fault-report " + f.id, null,
                    r.transferMechanism() == null || r.transferMechanism().isBlank() ? null : r.transferMechanism().strip());
            f.partner = partner;
            f.handedOverAt = now;
        } else {
            f.doneAt = now;
        }
        f.status = r.status();
        audit.record(AuditAction.UPDATE, p.auditKey(), "fault-report", f.id.toString(), PURPOSE);
        return f;
    }

    @Transactional
    public List<FaultReport> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "fault-report", null, PURPOSE);
        return FaultReport.list("personId = ?1 ORDER BY reportedAt DESC, id", personId);
    }

    public static LocalDate today() {
        return LocalDate.now(HELSINKI);
    }
}
