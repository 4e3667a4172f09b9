package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.service.PersonnelCommands.Applicant;
import fi.kuopas.personnel.service.PersonnelCommands.Decision;
import fi.kuopas.personnel.service.PersonnelCommands.IdentityCodeLink;
import fi.kuopas.personnel.service.PersonnelCommands.InterviewNotes;
import fi.kuopas.personnel.service.PersonnelCommands.NewApplication;
import fi.kuopas.personnel.service.RecruitmentDetails.ApplicantDetails;
import fi.kuopas.personnel.service.RecruitmentDetails.ApplicationDetails;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Applications to job postings: receiving, interview notes and the (human) selection decision. */
@ApplicationScoped
public class ApplicationService {

    static final String PURPOSE = "recruitment";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final PersonKeys keys;
    private final AuditLog audit;
    private final RestrictionGuard restrictions;
    private final Caller caller;
    private final RecruitmentDetails views;

    public ApplicationService(PersonKeys keys, AuditLog audit, RestrictionGuard restrictions, Caller caller,
            RecruitmentDetails views) {
        this.keys = keys;
        this.audit = audit;
        this.restrictions = restrictions;
        this.caller = caller;
        this.views = views;
    }

    public record Received(ApplicationDetails application, boolean created) {
    }

    @Transactional
    public Received apply(UUID postingId, NewApplication in) {
        JobPosting posting = PostingService.find(postingId);
        if (!posting.acceptsApplications(LocalDate.now(HELSINKI))) {
            throw new ProblemException(409, "posting-closed", "Job posting closed", "job posting " + posting.id
                    + " is closed (last day " + posting.closesOn + "); it accepts no more applications");
        }
        JobApplicant applicant = findOrCreate(in.applicant());
        restrictions.requireNotRestricted(applicant.subjectKey, "job-application", null);
        Application existing = Application.find("postingId = ?1 and applicantId = ?2", posting.id, applicant.id).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("this applicant has already applied to job posting " + posting.id
                    + " (application " + existing.id + ")");
        }
        Application a = new Application();
        a.postingId = posting.id;
        a.applicantId = applicant.id;
        a.cvText = in.cvText();
        a.outcome = Application.Outcome.PENDING;
        a.source = SourceRules.subjectOrLegalRight(in.source());
        a.createdAt = Instant.now();
        a.persist();
        audit.record(AuditAction.CREATE, applicant.subjectKey, "job-application", a.id.toString(), PURPOSE);
        return new Received(views.application(a, applicant), true);
    }

    @Transactional
    public ApplicationDetails get(UUID id) {
        Application a = find(id);
        JobApplicant applicant = JobApplicant.findById(a.applicantId);
        restrictions.requireNotRestricted(applicant.subjectKey, "job-application", a.id.toString());
        audit.record(AuditAction.VIEW, applicant.subjectKey, "job-application", a.id.toString(), PURPOSE);
        return views.application(a, applicant);
    }

    @Transactional
    public List<ApplicationDetails> byPosting(UUID postingId) {
        JobPosting posting = PostingService.find(postingId);
        List<Application> apps = Application.list("postingId = ?1 ORDER BY createdAt, id", posting.id);
        List<JobApplicant> applicants = JobApplicant.list("id in ?1",
                apps.stream().map(a -> a.applicantId).collect(Collectors.toSet()));
        Set<String> restricted = restrictions.restrictedAmong(applicants.stream().map(x -> x.subjectKey).toList());
        List<JobApplicant> shown = applicants.stream().filter(x -> !restricted.contains(x.subjectKey)).toList();
        audit.recordEach(AuditAction.SEARCH, shown.stream().map(x -> x.subjectKey).toList(), "job-application", PURPOSE);
        return apps.stream()
                .flatMap(a -> shown.stream().filter(x -> x.id.equals(a.applicantId)).map(x -> views.summary(a, x)))
                .toList();
    }

    @Transactional
    public ApplicationDetails notes(UUID id, InterviewNotes in) {
        Application a = editable(id, in.version());
        a.interviewNotes = in.notes();
        return saved(a, "interview notes");
    }

    /** The decision is a person's: the decider is recorded and no score decides alone (GDPR Art 22). */
    @Transactional
    public ApplicationDetails decide(UUID id, Decision in) {
        Application a = editable(id, in.version());
        if (in.outcome() == Application.Outcome.PENDING && in.notifiedAt() != null) {
            throw ProblemException.badRequest("notifiedAt belongs to a decision; a PENDING application has none");
        }
        if (in.notifiedAt() != null && in.notifiedAt().isBefore(a.createdAt)) {
            throw ProblemException.badRequest("notifiedAt is before the application was received");
        }
        a.outcome = in.outcome();
        a.decidedBy = in.outcome() == Application.Outcome.PENDING ? null : caller.name();
        a.notifiedAt = in.notifiedAt();
        return saved(a, "decision");
    }

    /**
     * Links the permanent identity code of an applicant who gave a temporary one (individual number
     * 900-999); the temporary code's key stays as an alias the applicant is still found by.
     */
    @Transactional
    public ApplicantDetails linkIdentityCode(UUID applicantId, IdentityCodeLink in) {
        JobApplicant a = JobApplicant.findById(applicantId);
        if (a == null) {
            throw ProblemException.notFound("applicant " + applicantId);
        }
        restrictions.requireNotRestricted(a.subjectKey, "applicant", a.id.toString());
        if (a.version != in.version()) {
            throw EmployeeService.staleVersion();
        }
        PersonalIdentityCode permanent = PersonKeys.requirePermanentReplacing(
                a.picEncrypted == null ? null : keys.identityCode(a.picEncrypted), in.personalIdentityCode());
        keys.linkPermanent(a, permanent);
        JobApplicant.getEntityManager().flush();
        audit.record(AuditAction.UPDATE, a.subjectKey, "applicant", a.id.toString(), PURPOSE + ": permanent identity code linked");
        return views.applicant(a);
    }

    private Application editable(UUID id, long version) {
        Application a = find(id);
        JobApplicant applicant = JobApplicant.findById(a.applicantId);
        restrictions.requireNotRestricted(applicant.subjectKey, "job-application", a.id.toString());
        if (a.version != version) {
            throw EmployeeService.staleVersion();
        }
        return a;
    }

    private ApplicationDetails saved(Application a, String what) {
        Application.getEntityManager().flush();
        JobApplicant applicant = JobApplicant.findById(a.applicantId);
        audit.record(AuditAction.UPDATE, applicant.subjectKey, "job-application", a.id.toString(), PURPOSE + ": " + what);
        return views.application(a, applicant);
    }

    private JobApplicant findOrCreate(Applicant in) {
        JobApplicant existing = JobApplicant.find("keys.emailKey = ?1", keys.emailKey(in.email())).firstResult();
        if (existing != null) {
            return existing;
        }
        PersonalIdentityCode code = in.personalIdentityCode() == null || in.personalIdentityCode().isBlank()
                ? null : PersonalIdentityCode.parse(in.personalIdentityCode());
        SubjectIdentifiers.requireConsistent(code, in.birthDate());
        JobApplicant a = new JobApplicant();
        a.firstName = in.firstName().strip();
        a.lastName = in.lastName().strip();
        a.email = in.email().strip();
        a.phone = in.phone();
        a.birthDate = in.birthDate();
        keys.index(a, code);
        a.createdAt = Instant.now();
        a.persist();
        return a;
    }

    static Application find(UUID id) {
        Application a = Application.findById(id);
        if (a == null) {
            throw ProblemException.notFound("application " + id);
        }
        return a;
    }
}
