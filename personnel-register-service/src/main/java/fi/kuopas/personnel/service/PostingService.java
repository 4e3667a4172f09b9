package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.service.PersonnelCommands.NewPosting;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Job postings hold no personal data; they decide whether applications and credit checks are allowed. */
@ApplicationScoped
public class PostingService {

    public record Created(JobPosting posting, boolean created) {
    }

    @Transactional
    public Created create(NewPosting in) {
        if (in.externalRef() != null) {
            JobPosting existing = JobPosting.find("externalRef", in.externalRef()).firstResult();
            if (existing != null) {
                return new Created(existing, false);
            }
        }
        JobPosting p = new JobPosting();
        p.title = in.title();
        p.team = in.team();
        p.specialTrust = in.specialTrust();
        p.status = JobPosting.Status.OPEN;
        p.closesOn = in.closesOn();
        p.externalRef = in.externalRef();
        p.createdAt = Instant.now();
        p.persist();
        return new Created(p, true);
    }

    @Transactional
    public List<JobPosting> list() {
        return JobPosting.list("ORDER BY closesOn DESC, id");
    }

    @Transactional
    public JobPosting get(UUID id) {
        return find(id);
    }

    @Transactional
    public JobPosting close(UUID id, long version) {
        JobPosting p = find(id);
        if (p.version != version) {
            throw EmployeeService.staleVersion();
        }
        if (p.status != JobPosting.Status.CLOSED) {
            p.status = JobPosting.Status.CLOSED;
            p.closedAt = Instant.now();
        }
        JobPosting.getEntityManager().flush();
        return p;
    }

    static JobPosting find(UUID id) {
        JobPosting p = JobPosting.findById(id);
        if (p == null) {
            throw ProblemException.notFound("job posting " + id);
        }
        return p;
    }
}
