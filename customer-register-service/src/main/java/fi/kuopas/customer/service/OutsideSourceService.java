package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.CreditCheck;
import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.HousingApplication;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.PopulationQuery;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.customer.integration.CreditInformationRegister;
import fi.kuopas.customer.integration.PopulationRegister;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Data from outside the subject: the DVV population information system and Asiakastieto's
 * credit register. Every value keeps its source, retrieval time and purpose, and every query
 * itself is recorded, so the access report can name the source (Art 14(2)(f), 15(1)(g)).
 */
@ApplicationScoped
public class OutsideSourceService {

    /** Credit Information Act 527/2007 §13: credit data only for the lease decision. */
    public static final String LEASE_PURPOSE = "LEASE";

    private final PopulationRegister dvv;
    private final CreditInformationRegister asiakastieto;
    private final PersonService persons;
    private final FieldEncryptor encryptor;
    private final AuditLog audit;
    private final Caller caller;

    public OutsideSourceService(PopulationRegister dvv, CreditInformationRegister asiakastieto, PersonService persons,
            FieldEncryptor encryptor, AuditLog audit, Caller caller) {
        this.dvv = dvv;
        this.asiakastieto = asiakastieto;
        this.persons = persons;
        this.encryptor = encryptor;
        this.audit = audit;
        this.caller = caller;
    }

    /** Refreshes the address and the protected-address flag from DVV; the flag applies at once. */
    @Transactional
    public Person refreshFromPopulationRegister(UUID personId, String purpose) {
        Person p = persons.readable(personId);
        PopulationRegister.PopulationRecord rec = dvv.lookup(identityCodeOf(p), purpose);
        p.streetAddress = rec.streetAddress();
        p.postalCode = rec.postalCode();
        p.city = rec.city();
        p.protectedAddress = rec.protectedAddress();
        p.updatedAt = rec.retrievedAt();
        FieldProvenance.record(p.id, "address", PopulationRegister.SOURCE, rec.retrievedAt(), purpose);
        FieldProvenance.record(p.id, "protectedAddress", PopulationRegister.SOURCE, rec.retrievedAt(), purpose);
        PopulationQuery q = new PopulationQuery();
        q.id = UUID.randomUUID();
        q.personId = p.id;
        q.queriedAt = rec.retrievedAt();
        q.purpose = purpose;
        q.fields = "address, protectedAddress";
        q.source = PopulationRegister.SOURCE;
        q.requestedBy = caller.name();
        q.persist();
        audit.record(AuditAction.UPDATE, p.auditKey(), "person", p.id.toString(), "population register refresh: " + purpose);
        return p;
    }

    @Transactional
    public CreditCheck creditCheck(UUID personId, UUID applicationId, String purpose) {
        if (!LEASE_PURPOSE.equals(purpose)) {
            throw ProblemException.unprocessable("credit-purpose", "credit data may be used only for the lease purpose "
                    + "(Credit Information Act 527/2007); purpose must be LEASE");
        }
        Person p = persons.readable(personId);
        if (ProcessingObjection.inForce(p.id, ProcessingObjection.CREDIT_CHECK)) {
            // Credit checks rest on legitimate interest (GDPR Art 6(1)(f)): an objection stops them (Art 21(1))
            // unless compelling legitimate grounds are recorded.
            throw new ProblemException(409, "objection-in-force", "Objection in force",
                    "the person has objected to credit checks (GDPR Art 21(1)) and no compelling legitimate grounds are "
                            + "recorded; the DPO can record them");
        }
        HousingApplication app = HousingApplication.findById(applicationId);
        if (app == null || !app.personId.equals(personId)) {
            throw ProblemException.notFound("housing application " + applicationId + " of this person");
        }
        if (app.status != HousingApplication.Status.ACTIVE) {
            throw ProblemException.conflict("the application is " + app.status + "; a credit check needs an active application");
        }
        CreditInformationRegister.CreditSummary s = asiakastieto.query(identityCodeOf(p), purpose);
        CreditCheck c = new CreditCheck();
        c.id = UUID.randomUUID();
        c.personId = personId;
        c.applicationId = applicationId;
        c.checkedAt = s.retrievedAt();
        c.purpose = purpose;
        c.paymentDefaults = s.paymentDefaults();
        c.summary = s.summary();
        c.source = CreditInformationRegister.SOURCE;
        c.requestedBy = caller.name();
        c.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "credit-check", c.id.toString(), "tenant selection (decision support)");
        return c;
    }

    private PersonalIdentityCode identityCodeOf(Person p) {
        if (p.picEncrypted == null) {
            throw ProblemException.unprocessable("identity-code-missing",
                    "outside registers are queried by personal identity code, which this person lacks");
        }
        return PersonalIdentityCode.parse(encryptor.decrypt(p.picEncrypted));
    }
}
