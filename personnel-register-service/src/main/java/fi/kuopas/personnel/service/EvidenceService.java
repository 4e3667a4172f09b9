package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Assessment;
import fi.kuopas.personnel.domain.CreditCheck;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.domain.ReferenceCheck;
import fi.kuopas.personnel.service.PersonnelCommands.NewAssessment;
import fi.kuopas.personnel.service.PersonnelCommands.NewConsent;
import fi.kuopas.personnel.service.PersonnelCommands.NewCreditCheck;
import fi.kuopas.personnel.service.PersonnelCommands.NewReferenceCheck;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Data about applicants from elsewhere than the applicant: assessments and reference checks on
 * the applicant's recorded consent (759/2004 §4, §13), credit checks only of the applicant selected
 * for a position requiring special trustworthiness, with the applicant told in advance (759/2004 §4(2)).
 */
@ApplicationScoped
public class EvidenceService {

    private final AuditLog audit;
    private final RestrictionGuard restrictions;
    private final Caller caller;

    public EvidenceService(AuditLog audit, RestrictionGuard restrictions, Caller caller) {
        this.audit = audit;
        this.restrictions = restrictions;
        this.caller = caller;
    }

    @Transactional
    public ApplicantConsent recordConsent(UUID applicantId, NewConsent in) {
        JobApplicant applicant = applicant(applicantId);
        ApplicantConsent c = new ApplicantConsent();
        c.applicantId = applicant.id;
        c.kind = in.kind();
        c.givenAt = in.givenAt();
        c.evidence = in.evidence();
        c.recordedBy = caller.name();
        c.persist();
        audit.record(AuditAction.CREATE, applicant.subjectKey, "applicant-consent", c.id.toString(), ApplicationService.PURPOSE);
        return c;
    }

    /** Withdrawal stops further collection; what was collected before stays lawful (Art 7(3)). */
    @Transactional
    public ApplicantConsent withdrawConsent(UUID applicantId, UUID consentId) {
        JobApplicant applicant = applicant(applicantId);
        ApplicantConsent c = ApplicantConsent.findById(consentId);
        if (c == null || !c.applicantId.equals(applicant.id)) {
            throw ProblemException.notFound("consent " + consentId);
        }
        if (c.withdrawnAt == null) {
            c.withdrawnAt = Instant.now();
            audit.record(AuditAction.UPDATE, applicant.subjectKey, "applicant-consent", c.id.toString(), "consent withdrawal");
        }
        return c;
    }

    @Transactional
    public Assessment addAssessment(UUID applicationId, NewAssessment in) {
        Application app = ApplicationService.find(applicationId);
        JobApplicant applicant = active(app);
        ApplicantConsent consent = consentInForce(applicant, in.consentId(), ApplicantConsent.Kind.ASSESSMENT,
                "an aptitude assessment (Act 759/2004 §13)");
        Assessment a = new Assessment();
        a.applicationId = app.id;
        a.consentId = consent.id;
        a.provider = in.provider();
        a.summary = in.summary();
        a.performedAt = in.performedAt();
        a.source = SourceRules.consented(in.source(), "an assessment result", reference(consent));
        a.createdAt = Instant.now();
        a.persist();
        audit.record(AuditAction.CREATE, applicant.subjectKey, "assessment", a.id.toString(), ApplicationService.PURPOSE);
        return a;
    }

    @Transactional
    public ReferenceCheck addReferenceCheck(UUID applicationId, NewReferenceCheck in) {
        Application app = ApplicationService.find(applicationId);
        JobApplicant applicant = active(app);
        ApplicantConsent consent = consentInForce(applicant, in.consentId(), ApplicantConsent.Kind.REFERENCE_CHECK,
                "contacting referees (Act 759/2004 §4)");
        ReferenceCheck r = new ReferenceCheck();
        r.applicationId = app.id;
        r.consentId = consent.id;
        r.refereeName = in.refereeName();
        r.refereeOrganisation = in.refereeOrganisation();
        r.summary = in.summary();
        r.checkedAt = in.checkedAt();
        r.source = SourceRules.consented(in.source(), "a reference statement", reference(consent));
        r.createdAt = Instant.now();
        r.persist();
        audit.record(AuditAction.CREATE, applicant.subjectKey, "reference-check", r.id.toString(), ApplicationService.PURPOSE);
        return r;
    }

    @Transactional
    public CreditCheck addCreditCheck(UUID applicationId, NewCreditCheck in) {
        Application app = ApplicationService.find(applicationId);
        JobPosting posting = JobPosting.findById(app.postingId);
        if (!posting.specialTrust) {
            throw ProblemException.unprocessable("credit-check-not-allowed", "credit information may be checked only "
                    + "for positions requiring special trustworthiness (Act 759/2004 §4(2); Credit Information Act "
                    + "527/2007); job posting " + posting.id + " is not one");
        }
        // Act 759/2004 §4(2) with the Credit Information Act 527/2007: credit data of a job applicant
        // may be obtained only for the person selected for a position requiring special trustworthiness,
        // not for every candidate still under consideration; obtaining it otherwise is an offence.
        if (app.outcome != Application.Outcome.SELECTED) {
            throw ProblemException.unprocessable("applicant-not-selected", "credit information may be checked only "
                    + "for the applicant selected for the position (Act 759/2004 §4(2); Credit Information Act 527/2007); "
                    + "application " + app.id + " is " + app.outcome + ": record the selection decision first");
        }
        JobApplicant applicant = active(app);
        if (in.applicantInformedAt().isAfter(in.checkedAt())) {
            throw ProblemException.unprocessable("applicant-not-informed", "the applicant must be told before their "
                    + "credit information is checked (Act 759/2004 §4(2)); applicantInformedAt is after checkedAt");
        }
        CreditCheck c = new CreditCheck();
        c.applicationId = app.id;
        c.applicantInformedAt = in.applicantInformedAt();
        c.checkedAt = in.checkedAt();
        c.summary = in.summary();
        c.source = SourceRules.requiredLegalRight(in.source(), "credit information");
        c.createdAt = Instant.now();
        c.persist();
        audit.record(AuditAction.CREATE, applicant.subjectKey, "credit-check", c.id.toString(), ApplicationService.PURPOSE);
        return c;
    }

    private JobApplicant applicant(UUID id) {
        JobApplicant a = JobApplicant.findById(id);
        if (a == null) {
            throw ProblemException.notFound("applicant " + id);
        }
        restrictions.requireNotRestricted(a.subjectKey, "applicant", a.id.toString());
        return a;
    }

    /** An applicant who objected to recruitment processing (Art 21) is not assessed further. */
    private JobApplicant active(Application app) {
        JobApplicant a = applicant(app.applicantId);
        if (a.objectedAt != null) {
            throw ProblemException.conflict("the applicant objected to the processing of their recruitment data "
                    + "(GDPR Art 21); no further data is collected");
        }
        return a;
    }

    private static ApplicantConsent consentInForce(JobApplicant applicant, UUID consentId, ApplicantConsent.Kind kind,
            String what) {
        ApplicantConsent c = ApplicantConsent.findById(consentId);
        if (c == null || !c.applicantId.equals(applicant.id) || c.kind != kind || !c.inForce()) {
            throw ProblemException.unprocessable("consent-required", what + " needs the applicant's recorded "
                    + kind + " consent in force; consent " + consentId + " is not one");
        }
        return c;
    }

    private static String reference(ApplicantConsent c) {
        return "applicant's consent " + c.id + " given " + c.givenAt + " (Act 759/2004 §4)";
    }
}
