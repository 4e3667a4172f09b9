package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.web.Paging;
import fi.kuopas.stakeholder.domain.BusinessId;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Organisation;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.service.StakeholderCommands.OrganisationData;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Organisations are legal persons: their data is not personal data, so reads are not audited. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    public Organisation create(OrganisationData request) {
        String businessId = BusinessId.parse(request.businessId());
        if (Organisation.findByBusinessId(businessId) != null) {
            throw new ProblemException(409, "duplicate-organisation", "Duplicate organisation",
                    "an organisation with business ID " + businessId + " already exists");
        }
        Organisation o = new Organisation();
        o.businessId = businessId;
        o.createdAt = Instant.now();
        apply(o, request);
        o.persistAndFlush();
        return o;
    }

    public Organisation update(UUID id, OrganisationData request, Long expectedVersion) {
        Organisation o = find(id);
        VersionCheck.expectVersion(expectedVersion, o.version);
        String businessId = BusinessId.parse(request.businessId());
        Organisation other = Organisation.findByBusinessId(businessId);
        if (other != null && !other.equals(o)) {
            throw new ProblemException(409, "duplicate-organisation", "Duplicate organisation",
                    "another organisation has business ID " + businessId);
        }
        o.businessId = businessId;
        apply(o, request);
        Organisation.flush();
        return o;
    }

    public Organisation get(UUID id) {
        return find(id);
    }

    public List<Organisation> search(String q, OrganisationRole role, String businessId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.append(" and lower(name) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (role != null) {
            where.append(" and role = :role");
            params.and("role", role);
        }
        if (businessId != null && !businessId.isBlank()) {
            where.append(" and businessId = :bid");
            params.and("bid", BusinessId.parse(businessId));
        }
        return Paging.<Organisation>list(Organisation.find(where + " order by name", params), page, size);
    }

    public void delete(UUID id, Long expectedVersion) {
        Organisation o = find(id);
        if (expectedVersion != null) {
            VersionCheck.expectVersion(expectedVersion, o.version);
        }
        if (ContactPerson.count("organisation", o) > 0) {
            throw new ProblemException(409, "organisation-has-contacts", "Organisation has contact persons",
                    "remove or move the organisation's contact persons first");
        }
        o.delete();
    }

    static Organisation find(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw ProblemException.notFound("organisation " + id);
        }
        return o;
    }

    private static void apply(Organisation o, OrganisationData request) {
        o.name = request.name().strip();
        o.role = request.role();
        o.relationshipEndedOn = request.relationshipEndedOn();
        o.updatedAt = Instant.now();
    }
}
