package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Assessment;
import fi.kuopas.personnel.domain.CreditCheck;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.ReferenceCheck;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the recruitment API shows of applicants and applications, read inside the services'
 * transactions. Applicant identity codes are always masked.
 */
@ApplicationScoped
public class RecruitmentDetails {

    private final PersonKeys keys;

    public RecruitmentDetails(PersonKeys keys) {
        this.keys = keys;
    }

    /** An applicant with the identity code masked, and whether it is a temporary one; both null without a code. */
    public record ApplicantDetails(JobApplicant applicant, String maskedIdentityCode, Boolean temporaryIdentityCode) {
    }

    /** What was collected for an application: consents, assessments, reference and credit checks. */
    public record Evidence(List<ApplicantConsent> consents, List<Assessment> assessments,
            List<ReferenceCheck> referenceChecks, List<CreditCheck> creditChecks) {
    }

    /** An application; a list's summary has no evidence (and shows no notes, CV or source). */
    public record ApplicationDetails(Application application, ApplicantDetails applicant, Evidence evidence) {

        public boolean summary() {
            return evidence == null;
        }
    }

    public ApplicantDetails applicant(JobApplicant a) {
        String plain = a.picEncrypted == null ? null : keys.identityCode(a.picEncrypted);
        return new ApplicantDetails(a, plain == null ? null : PersonalIdentityCode.mask(plain),
                plain == null ? null : PersonKeys.isTemporary(plain));
    }

    public ApplicationDetails application(Application a, JobApplicant applicant) {
        return new ApplicationDetails(a, applicant(applicant), new Evidence(
                ApplicantConsent.list("applicantId = ?1 ORDER BY givenAt", applicant.id),
                Assessment.list("applicationId = ?1 ORDER BY performedAt", a.id),
                ReferenceCheck.list("applicationId = ?1 ORDER BY checkedAt", a.id),
                CreditCheck.list("applicationId = ?1 ORDER BY checkedAt", a.id)));
    }

    /** For lists: the application without notes and evidence. */
    public ApplicationDetails summary(Application a, JobApplicant applicant) {
        return new ApplicationDetails(a, applicant(applicant), null);
    }
}
