package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.CreditCheck;
import fi.kuopas.customer.domain.HousingApplication;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.TenantSelectionDecision;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Housing and key applications and tenant-selection decisions. */
@ApplicationScoped
public class ApplicationService {

    /** A housing application is valid about three months and can be renewed [P]. */
    static final int VALID_MONTHS = 3;
    static final Set<String> KNOWN_INPUTS = Set.of("application", "household", "income", "credit-check",
            "population-register", "interview", "references", "urgency");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PersonService persons;
    private final AuditLog audit;
    private final Caller caller;

    public ApplicationService(PersonService persons, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public HousingApplication apply(UUID personId, HousingApplication.Kind kind, int householdSize, String area, Integer rooms) {
        Person p = persons.readable(personId);
        HousingApplication a = new HousingApplication();
        a.id = UUID.randomUUID();
        a.personId = p.id;
        a.kind = kind;
        a.receivedAt = Instant.now();
        a.validUntil = LocalDate.now(HELSINKI).plusMonths(VALID_MONTHS);
        a.householdSize = householdSize;
        a.desiredArea = area;
        a.desiredRooms = rooms;
        a.status = HousingApplication.Status.ACTIVE;
        a.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "housing-application", a.id.toString(), "tenant selection");
        return a;
    }

    @Transactional
    public HousingApplication renew(UUID applicationId, long expectedVersion) {
        HousingApplication a = find(applicationId);
        if (a.version != expectedVersion) {
            throw ProblemException.conflict("application was changed by someone else; reload and try again");
        }
        if (a.status != HousingApplication.Status.ACTIVE && a.status != HousingApplication.Status.EXPIRED) {
            throw ProblemException.conflict("a " + a.status + " application cannot be renewed");
        }
        a.status = HousingApplication.Status.ACTIVE;
        a.renewedAt = Instant.now();
        a.validUntil = LocalDate.now(HELSINKI).plusMonths(VALID_MONTHS);
        audit.record(AuditAction.UPDATE, persons.readable(a.personId).auditKey(), "housing-application", a.id.toString(), "tenant selection");
        return a;
    }

    @Transactional
    public List<HousingApplication> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "housing-application", null, "tenant selection");
        return HousingApplication.list("personId = ?1 ORDER BY receivedAt DESC", personId);
    }

    /**
     * Records a decision. Art 22 and the privacy statement: no automated decisions, so the decider
     * is the calling person (never a service account), the rationale is written by them, and a
     * credit summary alone can never be the ground.
     */
    @Transactional
    public TenantSelectionDecision decide(UUID applicationId, String apartmentRef, String outcome, String rationale,
            List<String> inputsUsed) {
        HousingApplication a = find(applicationId);
        if (a.status != HousingApplication.Status.ACTIVE) {
            throw ProblemException.conflict("the application is " + a.status + "; only active applications are decided");
        }
        String decider = caller.name();
        if (decider == null || decider.isBlank() || decider.toLowerCase(Locale.ROOT).startsWith("service-account-")) {
            throw ProblemException.unprocessable("human-decider-required",
                    "tenant selection needs a named human decider (GDPR Art 22); service accounts cannot decide");
        }
        if (rationale == null || rationale.strip().length() < 30) {
            throw ProblemException.unprocessable("rationale-required",
                    "write the rationale of the decision (at least 30 characters)");
        }
        if (inputsUsed == null || inputsUsed.isEmpty() || !KNOWN_INPUTS.containsAll(inputsUsed)) {
            throw ProblemException.badRequest("inputsUsed must list the inputs used, from " + KNOWN_INPUTS);
        }
        if (inputsUsed.equals(List.of("credit-check"))) {
            throw ProblemException.unprocessable("credit-only-decision",
                    "credit information is decision support only; a decision cannot rest on it alone");
        }
        if (inputsUsed.contains("credit-check") && CreditCheck.count("applicationId", applicationId) == 0) {
            throw ProblemException.unprocessable("credit-check-missing", "inputsUsed names a credit check that was not made");
        }
        TenantSelectionDecision d = new TenantSelectionDecision();
        d.id = UUID.randomUUID();
        d.applicationId = applicationId;
        d.apartmentRef = apartmentRef;
        d.outcome = outcome;
        d.decidedBy = decider;
        d.decidedAt = Instant.now();
        d.rationale = rationale.strip();
        d.inputsUsed = String.join(",", inputsUsed);
        d.persist();
        if ("SELECTED".equals(outcome)) {
            a.status = HousingApplication.Status.HOUSED;
        }
        audit.record(AuditAction.CREATE, persons.readable(a.personId).auditKey(), "tenant-selection-decision",
                d.id.toString(), "tenant selection");
        return d;
    }

    private static HousingApplication find(UUID id) {
        HousingApplication a = HousingApplication.findById(id);
        if (a == null) {
            throw ProblemException.notFound("housing application " + id);
        }
        return a;
    }
}
