package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Provenance;
import fi.kuopas.personnel.service.PersonnelCommands.Source;
import fi.kuopas.privacy.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection rules of Act 759/2004: data is collected primarily from the person (§4(1));
 * data from elsewhere records from where, when and under which legal right; and consent is not
 * a basis for employee data, because the employer may process only what is directly necessary
 * for the employment (§3) and an employee's consent is rarely free (GDPR Recital 43).
 */
public final class SourceRules {

    static final String CONSENT_NOT_A_BASIS = "consent is not accepted as the basis for processing employee or "
            + "applicant data: only data directly necessary for the employment may be processed and consent cannot "
            + "widen that (Act 759/2004 §3; GDPR Recital 43). Give the legal right the data was obtained under. "
            + "Consent applies only to aptitude assessments and reference checks, which have their own endpoints "
            + "(Act 759/2004 §4, §13)";

    private SourceRules() {
    }

    /** Data the person normally gives themselves; anything from elsewhere must say where from and why. */
    public static Provenance subjectOrLegalRight(Source in) {
        if (in == null || in.origin() == Provenance.Origin.DATA_SUBJECT) {
            return Provenance.fromSubject();
        }
        return elsewhere(in);
    }

    /** Data that by its nature comes from a third party (a credit bureau, an authority). */
    public static Provenance requiredLegalRight(Source in, String what) {
        if (in == null || in.origin() != Provenance.Origin.OTHER) {
            throw ProblemException.unprocessable("source-required", what + " is obtained from elsewhere than the "
                    + "person: give source with origin OTHER, name, obtainedAt, basis and reference (Act 759/2004 §4)");
        }
        return elsewhere(in);
    }

    /** Assessments and reference checks: from elsewhere, on the applicant's recorded consent. */
    public static Provenance consented(Source in, String what, String consentReference) {
        if (in == null || in.origin() != Provenance.Origin.OTHER || blank(in.name()) || in.obtainedAt() == null) {
            throw ProblemException.unprocessable("source-required", what + " is obtained from elsewhere than the "
                    + "applicant: give source with origin OTHER, name and obtainedAt (Act 759/2004 §4)");
        }
        if (in.basis() == Provenance.Basis.LEGAL_RIGHT) {
            throw ProblemException.unprocessable("consent-required", what
                    + " may be collected only with the applicant's consent (Act 759/2004 §4, §13), not on a legal right");
        }
        return Provenance.fromElsewhere(in.name().strip(), in.obtainedAt(), Provenance.Basis.CONSENT, consentReference);
    }

    private static Provenance elsewhere(Source in) {
        List<String> missing = new ArrayList<>();
        if (blank(in.name())) {
            missing.add("name (from where)");
        }
        if (in.obtainedAt() == null) {
            missing.add("obtainedAt (when)");
        }
        if (in.basis() == null) {
            missing.add("basis (legal right)");
        }
        if (blank(in.reference())) {
            missing.add("reference (which provision)");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("source-required", "data obtained from elsewhere than the person must "
                    + "record " + String.join(", ", missing) + " (Act 759/2004 §4; GDPR Art 14)");
        }
        if (in.basis() == Provenance.Basis.CONSENT) {
            throw ProblemException.unprocessable("consent-not-a-basis", CONSENT_NOT_A_BASIS);
        }
        return Provenance.fromElsewhere(in.name().strip(), in.obtainedAt(), in.basis(), in.reference().strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
