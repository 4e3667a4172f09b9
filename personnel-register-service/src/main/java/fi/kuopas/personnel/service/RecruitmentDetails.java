package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Assessment;
import fi.kuopas.personnel.domain.CreditCheck;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.ReferenceCheck;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicantView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationView;
import fi.kuopas.personnel.rest.RecruitmentDtos.AssessmentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ConsentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.CreditCheckView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ReferenceCheckView;
import fi.kuopas.personnel.rest.SourceView;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;

/** Response views of the recruitment API. Applicant identity codes are always masked. */
@ApplicationScoped
public class RecruitmentViews {

    private final PersonKeys keys;

    public RecruitmentViews(PersonKeys keys) {
        this.keys = keys;
    }

    public ApplicantView applicant(JobApplicant a) {
        String plain = a.picEncrypted == null ? null : keys.identityCode(a.picEncrypted);
        return new ApplicantView(a.id, a.firstName, a.lastName, a.email, a.phone, a.birthDate,
                plain == null ? null : PersonalIdentityCode.mask(plain), plain == null ? null : PersonKeys.isTemporary(plain),
                a.objectedAt, a.version);
    }

    public ApplicationView application(Application a, JobApplicant applicant) {
        return new ApplicationView(a.id, a.postingId, applicant(applicant), a.cvText, a.interviewNotes, a.outcome.name(),
                a.decidedBy, a.notifiedAt, SourceView.of(a.source),
                ApplicantConsent.<ApplicantConsent>list("applicantId = ?1 ORDER BY givenAt", applicant.id).stream()
                        .map(RecruitmentViews::consent).toList(),
                Assessment.<Assessment>list("applicationId = ?1 ORDER BY performedAt", a.id).stream()
                        .map(RecruitmentViews::assessment).toList(),
                ReferenceCheck.<ReferenceCheck>list("applicationId = ?1 ORDER BY checkedAt", a.id).stream()
                        .map(RecruitmentViews::referenceCheck).toList(),
                CreditCheck.<CreditCheck>list("applicationId = ?1 ORDER BY checkedAt", a.id).stream()
                        .map(RecruitmentViews::creditCheck).toList(),
                a.version);
    }

    /** For lists: the application without notes and evidence. */
    public ApplicationView summary(Application a, JobApplicant applicant) {
        return new ApplicationView(a.id, a.postingId, applicant(applicant), null, null, a.outcome.name(), a.decidedBy,
                a.notifiedAt, null, null, null, null, null, a.version);
    }

    public static ConsentView consent(ApplicantConsent c) {
        return new ConsentView(c.id, c.applicantId, c.kind.name(), c.givenAt, c.evidence, c.recordedBy, c.withdrawnAt);
    }

    public static AssessmentView assessment(Assessment a) {
        return new AssessmentView(a.id, a.provider, a.summary, a.performedAt, a.consentId, SourceView.of(a.source));
    }

    public static ReferenceCheckView referenceCheck(ReferenceCheck r) {
        return new ReferenceCheckView(r.id, r.refereeName, r.refereeOrganisation, r.summary, r.checkedAt, r.consentId,
                SourceView.of(r.source));
    }

    public static CreditCheckView creditCheck(CreditCheck c) {
        return new CreditCheckView(c.id, c.applicantInformedAt, c.checkedAt, c.summary, SourceView.of(c.source));
    }
}
