package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingView;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Job postings hold no personal data; they decide whether applications and credit checks are allowed. */
@ApplicationScoped
public class PostingService {

    public record Created(PostingView posting, boolean created) {
    }

    @Transactional
    public Created create(PostingRequest in) {
        if (in.externalRef() != null) {
            JobPosting existing = JobPosting.find("externalRef", in.externalRef()).firstResult();
            if (existing != null) {
                return new Created(view(existing), false);
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
        return new Created(view(p), true);
    }

    @Transactional
    public List<PostingView> list() {
        return JobPosting.<JobPosting>list("ORDER BY closesOn DESC, id").stream().map(PostingService::view).toList();
    }

    @Transactional
    public PostingView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public PostingView close(UUID id, long version) {
        JobPosting p = find(id);
        if (p.version != version) {
            throw EmployeeService.staleVersion();
        }
        if (p.status != JobPosting.Status.CLOSED) {
            p.status = JobPosting.Status.CLOSED;
            p.closedAt = Instant.now();
        }
        JobPosting.getEntityManager().flush();
        return view(p);
    }

    static JobPosting find(UUID id) {
        JobPosting p = JobPosting.findById(id);
        if (p == null) {
            throw ProblemException.notFound("job posting " + id);
        }
        return p;
    }

    static PostingView view(JobPosting p) {
        return new PostingView(p.id, p.title, p.team, p.specialTrust, p.status.name(), p.closesOn, p.closedAt, p.externalRef,
                p.version);
    }
}
