package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Lease;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.rest.PmsDtos.ResidentRow;
import fi.kuopas.customer.rest.PmsDtos.RowResult;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.identity.InvalidIdentityCodeException;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bulk upsert from the property-management system, keyed by the PMS's external ids. Each row
 * commits or rolls back on its own, so a bad row is reported and never half-applied while the
 * good rows land; repeating a batch changes nothing (UNCHANGED).
 */
@ApplicationScoped
public class PmsImportService {

    private final Validator validator;
    private final PersonWriter writer;
    private final SubjectKeys keys;
    private final AuditLog audit;

    public PmsImportService(Validator validator, PersonWriter writer, SubjectKeys keys, AuditLog audit) {
        this.validator = validator;
        this.writer = writer;
        this.keys = keys;
        this.audit = audit;
    }

    public List<RowResult> upsert(List<ResidentRow> rows) {
        List<RowResult> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            results.add(upsertRow(i, rows.get(i)));
        }
        return results;
    }

    private RowResult upsertRow(int index, ResidentRow row) {
        if (row == null) {
            return RowResult.rejected(index, null, "row is empty");
        }
        Set<ConstraintViolation<ResidentRow>> violations = validator.validate(row);
        if (!violations.isEmpty()) {
            return RowResult.rejected(index, row.externalId(), violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(index, row));
        } catch (InvalidIdentityCodeException e) {
            return RowResult.rejected(index, row.externalId(), e.getMessage());
        } catch (ProblemException e) {
            return RowResult.rejected(index, row.externalId(), e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ProblemException p) {
                return RowResult.rejected(index, row.externalId(), p.getMessage());
            }
            if (e.getCause() instanceof InvalidIdentityCodeException p) {
                return RowResult.rejected(index, row.externalId(), p.getMessage());
            }
            return RowResult.rejected(index, row.externalId(), "row could not be stored (conflicting data)");
        }
    }

    private RowResult apply(int index, ResidentRow row) {
        // A birth date beside an identity code that contradicts it names two people (or a typing
        // error): the row is refused before it can create, update or be matched to anyone.
        SubjectIdentifiers.requireConsistent(row.personalIdentityCode() == null || row.personalIdentityCode().isBlank()
                ? null : PersonalIdentityCode.parse(row.personalIdentityCode()), row.birthDate());
        Person p = Person.find("externalPmsId", row.externalId()).firstResult();
        String status;
        if (p == null && row.personalIdentityCode() != null) {
            p = Person.find("picKey", keys.ofIdentityCode(
                    PersonalIdentityCode.parse(row.personalIdentityCode()))).firstResult();
            if (p != null && p.externalPmsId != null) {
                throw ProblemException.conflict("the identity code belongs to PMS person " + p.externalPmsId);
            }
        }
        if (p == null) {
            p = writer.newPerson(row.personalIdentityCode(), row.firstName(), row.lastName(), row.birthDate());
            p.externalPmsId = row.externalId();
            writer.applyContact(p, row.email(), row.phone(), null, row.streetAddress(), row.postalCode(), row.city());
            p.persist();
            writer.addressFromSubject(p);
            status = "CREATED";
        } else {
            if (row.personalIdentityCode() != null && p.picKey != null && !p.picKey.equals(keys.ofIdentityCode(
                    PersonalIdentityCode.parse(row.personalIdentityCode())))) {
                throw ProblemException.conflict("the identity code of an existing person cannot change through the import");
            }
            boolean changed = !Objects.equals(p.firstName, row.firstName()) || !Objects.equals(p.lastName, row.lastName())
                    || !Objects.equals(p.email, row.email()) || !Objects.equals(p.phone, row.phone())
                    || !Objects.equals(p.externalPmsId, row.externalId())
                    || (!p.protectedAddress && (!Objects.equals(p.streetAddress, row.streetAddress())
                            || !Objects.equals(p.postalCode, row.postalCode()) || !Objects.equals(p.city, row.city())));
            p.externalPmsId = row.externalId();
            p.firstName = row.firstName();
            p.lastName = row.lastName();
            // A protected address (from DVV) is never overwritten by the PMS.
            writer.applyContact(p, row.email(), row.phone(), null,
                    p.protectedAddress ? p.streetAddress : row.streetAddress(),
                    p.protectedAddress ? p.postalCode : row.postalCode(), p.protectedAddress ? p.city : row.city());
            writer.refreshNameKey(p);
            status = changed ? "UPDATED" : "UNCHANGED";
            if (changed) {
                p.updatedAt = Instant.now();
            }
        }
        if (row.lease() != null && applyLease(p, row.lease()) && "UNCHANGED".equals(status)) {
            status = "UPDATED";
        }
        if (!"UNCHANGED".equals(status)) {
            audit.record("CREATED".equals(status) ? AuditAction.CREATE : AuditAction.UPDATE, p.auditKey(), "person",
                    p.id.toString(), "property management integration");
        }
        return new RowResult(index, row.externalId(), status, p.id, null);
    }

    private boolean applyLease(Person p, fi.kuopas.customer.rest.PmsDtos.LeaseRow l) {
        if (l.endDate() != null && l.endDate().isBefore(l.startDate())) {
            throw ProblemException.badRequest("lease endDate is before startDate");
        }
        boolean changed = false;
        Lease lease = Lease.find("externalPmsId", l.externalId()).firstResult();
        if (lease == null) {
            lease = new Lease();
            lease.id = UUID.randomUUID();
            lease.externalPmsId = l.externalId();
            changed = true;
        }
        changed |= !Objects.equals(lease.apartmentRef, l.apartmentRef()) || !Objects.equals(lease.startDate, l.startDate())
                || !Objects.equals(lease.endDate, l.endDate());
        lease.apartmentRef = l.apartmentRef();
        lease.startDate = l.startDate();
        lease.endDate = l.endDate();
        lease.persist();
        LeaseResident link = LeaseResident.findById(new LeaseResident.Key(lease.id, p.id));
        if (link == null) {
            link = new LeaseResident();
            link.id = new LeaseResident.Key(lease.id, p.id);
            changed = true;
        }
        changed |= !Objects.equals(link.role, l.role());
        link.role = l.role();
        link.persist();
        return changed;
    }
}
