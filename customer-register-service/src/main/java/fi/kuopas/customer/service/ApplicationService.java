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
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Housing and key applications and tenant-selection decisions. */
@ApplicationScoped
public class ApplicationService {

    /** A housing application is valid about three months and can be renewed [P]. */
    static final int VALID_MONTHS = 3;
    static final Set<String> KNOWN_INPUTS = Set.of("application", "household", "income", "credit-check",
            "population-register", "interview", "references", "urgency");
    /**
     * Register data that is decision support only: the credit bureau's data (Credit Information Act
     * 527/2007) and the population register's identity and address check. A decision needs at least
     * one input beyond these, or it would rest on the bureau data alone (GDPR Art 22).
     */
    static final Set<String> SUPPORT_ONLY_INPUTS = Set.of("credit-check", "population-register");
    /** Claims by which Keycloak marks a client-credentials (service-account) token. */
    static final List<String> SERVICE_ACCOUNT_CLAIMS = List.of("client_id", "clientId");
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
        if (!humanDecider(decider)) {
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
        // GDPR Art 22(1): counted as a set, so repeating the credit check ("credit-check", "credit-check")
        // or adding only other register checks does not make it more than the bureau data.
        List<String> distinctInputs = inputsUsed.stream().distinct().toList();
        if (distinctInputs.stream().allMatch(SUPPORT_ONLY_INPUTS::contains)) {
            throw ProblemException.unprocessable("credit-only-decision",
                    "credit information is decision support only; a decision needs at least one input other than the "
                            + "credit and population register data (GDPR Art 22)");
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
        d.inputsUsed = String.join(",", distinctInputs);
        d.persist();
        if ("SELECTED".equals(outcome)) {
            a.status = HousingApplication.Status.HOUSED;
        }
        audit.record(AuditAction.CREATE, persons.readable(a.personId).auditKey(), "tenant-selection-decision",
                d.id.toString(), "tenant selection");
        return d;
    }

    /**
     * GDPR Art 22: the decider is a person. The token's user name, its preferred_username and every
     * other naming claim must be a person's, and it must not carry the client claims of a
     * client-credentials (service-account) token; a service account cannot decide even with the role.
     */
    private boolean humanDecider(String decider) {
        if (decider == null || decider.isBlank() || isServiceAccountName(decider) || !caller.isAuthenticated()) {
            return false;
        }
        if (caller.identity().orElseThrow().getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : List.of("preferred_username", "upn", "sub")) {
                Object value = jwt.getClaim(claim);
                if (value != null && isServiceAccountName(value.toString().replace("\"", ""))) {
                    return false;
                }
            }
            for (String claim : SERVICE_ACCOUNT_CLAIMS) {
                if (jwt.containsClaim(claim)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isServiceAccountName(String name) {
        return name.strip().toLowerCase(Locale.ROOT).startsWith("service-account-");
    }

    private static HousingApplication find(UUID id) {
        HousingApplication a = HousingApplication.findById(id);
        if (a == null) {
            throw ProblemException.notFound("housing application " + id);
        }
        return a;
    }
}
