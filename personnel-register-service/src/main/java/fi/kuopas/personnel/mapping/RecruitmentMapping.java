package fi.kuopas.personnel.mapping;

import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Assessment;
import fi.kuopas.personnel.domain.CreditCheck;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.domain.ReferenceCheck;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicantInput;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicantView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationView;
import fi.kuopas.personnel.rest.RecruitmentDtos.AssessmentRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.AssessmentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ConsentRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ConsentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.CreditCheckRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.CreditCheckView;
import fi.kuopas.personnel.rest.RecruitmentDtos.Decision;
import fi.kuopas.personnel.rest.RecruitmentDtos.InterviewNotes;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ReferenceCheckRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ReferenceCheckView;
import fi.kuopas.personnel.service.PersonnelCommands;
import fi.kuopas.personnel.service.RecruitmentDetails.ApplicantDetails;
import fi.kuopas.personnel.service.RecruitmentDetails.ApplicationDetails;
import fi.kuopas.personnel.service.RecruitmentDetails.Evidence;

/**
 * Where the recruitment API's bodies meet the services: request bodies to commands, entities (and
 * the services' details records) to response bodies. Plain static factories (the project's one
 * mapping convention).
 */
public final class RecruitmentMapping {

    private RecruitmentMapping() {
    }

    public static PersonnelCommands.NewPosting posting(PostingRequest r) {
        return new PersonnelCommands.NewPosting(r.title(), r.team(), r.specialTrust(), r.closesOn(), r.externalRef());
    }

    public static PostingView posting(JobPosting p) {
        return new PostingView(p.id, p.title, p.team, p.specialTrust, p.status.name(), p.closesOn, p.closedAt, p.externalRef,
                p.version);
    }

    public static PersonnelCommands.NewApplication application(ApplicationRequest r) {
        return new PersonnelCommands.NewApplication(applicant(r.applicant()), r.cvText(), EmployeeMapping.source(r.source()));
    }

    private static PersonnelCommands.Applicant applicant(ApplicantInput r) {
        return new PersonnelCommands.Applicant(r.firstName(), r.lastName(), r.email(), r.phone(), r.birthDate(),
                r.personalIdentityCode());
    }

    public static PersonnelCommands.InterviewNotes notes(InterviewNotes r) {
        return new PersonnelCommands.InterviewNotes(r.version(), r.notes());
    }

    public static PersonnelCommands.Decision decision(Decision r) {
        return new PersonnelCommands.Decision(r.version(), r.outcome(), r.notifiedAt());
    }

    public static PersonnelCommands.NewConsent consent(ConsentRequest r) {
        return new PersonnelCommands.NewConsent(r.kind(), r.givenAt(), r.evidence());
    }

    public static PersonnelCommands.NewAssessment assessment(AssessmentRequest r) {
        return new PersonnelCommands.NewAssessment(r.consentId(), r.provider(), r.summary(), r.performedAt(),
                EmployeeMapping.source(r.source()));
    }

    public static PersonnelCommands.NewReferenceCheck referenceCheck(ReferenceCheckRequest r) {
        return new PersonnelCommands.NewReferenceCheck(r.consentId(), r.refereeName(), r.refereeOrganisation(), r.summary(),
                r.checkedAt(), EmployeeMapping.source(r.source()));
    }

    public static PersonnelCommands.NewCreditCheck creditCheck(CreditCheckRequest r) {
        return new PersonnelCommands.NewCreditCheck(r.applicantInformedAt(), r.checkedAt(), r.summary(),
                EmployeeMapping.source(r.source()));
    }

    /** Applicant identity codes are always masked (the service masks them). */
    public static ApplicantView applicant(ApplicantDetails d) {
        JobApplicant a = d.applicant();
        return new ApplicantView(a.id, a.firstName, a.lastName, a.email, a.phone, a.birthDate, d.maskedIdentityCode(),
                d.temporaryIdentityCode(), a.objectedAt, a.version);
    }

    /** The application with its notes and evidence, or (for lists) without them. */
    public static ApplicationView application(ApplicationDetails d) {
        Application a = d.application();
        if (d.summary()) {
            return new ApplicationView(a.id, a.postingId, applicant(d.applicant()), null, null, a.outcome.name(), a.decidedBy,
                    a.notifiedAt, null, null, null, null, null, a.version);
        }
        Evidence e = d.evidence();
        return new ApplicationView(a.id, a.postingId, applicant(d.applicant()), a.cvText, a.interviewNotes, a.outcome.name(),
                a.decidedBy, a.notifiedAt, EmployeeMapping.source(a.source),
                e.consents().stream().map(RecruitmentMapping::consent).toList(),
                e.assessments().stream().map(RecruitmentMapping::assessment).toList(),
                e.referenceChecks().stream().map(RecruitmentMapping::referenceCheck).toList(),
                e.creditChecks().stream().map(RecruitmentMapping::creditCheck).toList(),
                a.version);
    }

    public static ConsentView consent(ApplicantConsent c) {
        return new ConsentView(c.id, c.applicantId, c.kind.name(), c.givenAt, c.evidence, c.recordedBy, c.withdrawnAt);
    }

    public static AssessmentView assessment(Assessment a) {
        return new AssessmentView(a.id, a.provider, a.summary, a.performedAt, a.consentId, EmployeeMapping.source(a.source));
    }

    public static ReferenceCheckView referenceCheck(ReferenceCheck r) {
        return new ReferenceCheckView(r.id, r.refereeName, r.refereeOrganisation, r.summary, r.checkedAt, r.consentId,
                EmployeeMapping.source(r.source));
    }

    public static CreditCheckView creditCheck(CreditCheck c) {
        return new CreditCheckView(c.id, c.applicantInformedAt, c.checkedAt, c.summary, EmployeeMapping.source(c.source));
    }
}
