package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.PROBLEMS;
import static fi.kuopas.personnel.Fixtures.PROBLEM_JSON;
import static fi.kuopas.personnel.Fixtures.apply;
import static fi.kuopas.personnel.Fixtures.applicationBody;
import static fi.kuopas.personnel.Fixtures.consent;
import static fi.kuopas.personnel.Fixtures.createPosting;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.openPosting;
import static fi.kuopas.personnel.Fixtures.randomEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recruitment under Act 759/2004: closed postings, consent-based assessments and references, credit checks. */
@QuarkusTest
class RecruitmentTest {

    private static final Map<String, Object> ASIAKASTIETO = Map.of("origin", "OTHER", "name", "Suomen Asiakastieto Oy",
            "obtainedAt", "2026-03-02T09:15:00Z", "basis", "LEGAL_RIGHT",
            "reference", "Credit Information Act 527/2007; Act 759/2004 §4(2)");

    @Test
    void shouldRefuseApplicationsToAClosedPosting() {
        String posting = openPosting(false);
        long version = hr().when().get("/api/v1/job-postings/" + posting).then().extract().<Integer>path("version");
        hr().body(Map.of("version", version)).when().post("/api/v1/job-postings/" + posting + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        hr().body(applicationBody(randomEmail())).when().post("/api/v1/job-postings/" + posting + "/applications")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "posting-closed"));
    }

    @Test
    void shouldRefuseApplicationsAfterTheLastDay() {
        String posting = createPosting(false, LocalDate.now().minusDays(3).toString());
        hr().body(applicationBody(randomEmail())).when().post("/api/v1/job-postings/" + posting + "/applications")
                .then().statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void shouldRefuseAnApplicantWhoseBirthDateContradictsTheIdentityCode() {
        String pic = Fixtures.randomIdentityCode();
        LocalDate born = fi.kuopas.privacy.identity.PersonalIdentityCode.parse(pic).birthDate();
        Map<String, Object> applicant = new HashMap<>(Map.of("firstName", "Aino", "lastName", "Kärkkäinen",
                "email", randomEmail(), "personalIdentityCode", pic, "birthDate", born.plusDays(1).toString()));
        hr().body(Map.of("applicant", applicant, "cvText", "Tradenomi."))
                .when().post("/api/v1/job-postings/" + openPosting(false) + "/applications")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("birthDate"));
        applicant.put("birthDate", born.toString());
        hr().body(Map.of("applicant", applicant, "cvText", "Tradenomi."))
                .when().post("/api/v1/job-postings/" + openPosting(false) + "/applications")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseASecondApplicationToTheSamePostingAndAnUnknownPosting() {
        String posting = openPosting(false);
        String email = randomEmail();
        apply(posting, email);
        hr().body(applicationBody(email)).when().post("/api/v1/job-postings/" + posting + "/applications")
                .then().statusCode(409);
        hr().body(applicationBody(email)).when().post("/api/v1/job-postings/" + java.util.UUID.randomUUID() + "/applications")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseAnAssessmentWithoutTheApplicantsConsent() {
        String[] app = apply(openPosting(false), randomEmail());
        String refConsent = consent(app[1], "REFERENCE_CHECK");
        hr().body(assessment(refConsent)).when().post("/api/v1/applications/" + app[0] + "/assessments")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "consent-required"))
                .body("detail", containsString("759/2004 §13"));
        String consentId = consent(app[1], "ASSESSMENT");
        hr().body(assessment(consentId)).when().post("/api/v1/applications/" + app[0] + "/assessments")
                .then().statusCode(201).body("source.basis", equalTo("CONSENT"))
                .body("source.text", containsString("Psykologipalvelu Oy"));
        hr().when().post("/api/v1/applicants/" + app[1] + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(200);
        hr().body(assessment(consentId)).when().post("/api/v1/applications/" + app[0] + "/assessments")
                .then().statusCode(422);
    }

    @Test
    void shouldRefuseAnotherApplicantsConsent() {
        String posting = openPosting(false);
        String[] mine = apply(posting, randomEmail());
        String[] theirs = apply(posting, randomEmail());
        String theirConsent = consent(theirs[1], "REFERENCE_CHECK");
        hr().body(reference(theirConsent)).when().post("/api/v1/applications/" + mine[0] + "/reference-checks")
                .then().statusCode(422);
        hr().body(reference(consent(mine[1], "REFERENCE_CHECK")))
                .when().post("/api/v1/applications/" + mine[0] + "/reference-checks").then().statusCode(201);
    }

    @Test
    void shouldAllowCreditChecksOnlyForSpecialTrustPositions() {
        String[] ordinary = apply(openPosting(false), randomEmail());
        hr().body(credit(ASIAKASTIETO)).when().post("/api/v1/applications/" + ordinary[0] + "/credit-checks")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "credit-check-not-allowed"));
        String[] trusted = apply(openPosting(true), randomEmail());
        Fixtures.select(trusted[0]);
        hr().body(credit(null)).when().post("/api/v1/applications/" + trusted[0] + "/credit-checks")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "source-required"));
        Map<String, Object> late = credit(ASIAKASTIETO);
        late.put("applicantInformedAt", Instant.now().toString());
        late.put("checkedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        hr().body(late).when().post("/api/v1/applications/" + trusted[0] + "/credit-checks")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "applicant-not-informed"));
        hr().body(credit(ASIAKASTIETO)).when().post("/api/v1/applications/" + trusted[0] + "/credit-checks")
                .then().statusCode(201).body("source.name", equalTo("Suomen Asiakastieto Oy"));
        hr().when().get("/api/v1/applications/" + trusted[0]).then().statusCode(200)
                .body("creditChecks", hasSize(1));
    }

    /** Act 759/2004 §4(2), Credit Information Act 527/2007: only the selected applicant's credit data. */
    @Test
    void shouldRefuseACreditCheckOfAnApplicantWhoIsNotTheSelectedOne() {
        String posting = openPosting(true);
        String[] pending = apply(posting, randomEmail());
        hr().body(credit(ASIAKASTIETO)).when().post("/api/v1/applications/" + pending[0] + "/credit-checks")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "applicant-not-selected"))
                .body("detail", containsString("selected")).body("detail", containsString("PENDING"));
        String[] rejected = apply(posting, randomEmail());
        hr().body(Map.of("version", 0, "outcome", "NOT_SELECTED", "notifiedAt", Instant.now().toString()))
                .when().put("/api/v1/applications/" + rejected[0] + "/decision").then().statusCode(200);
        hr().body(credit(ASIAKASTIETO)).when().post("/api/v1/applications/" + rejected[0] + "/credit-checks")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "applicant-not-selected"));
        hr().when().get("/api/v1/applications/" + pending[0]).then().statusCode(200).body("creditChecks", hasSize(0));

        Fixtures.select(pending[0]);
        hr().body(credit(ASIAKASTIETO)).when().post("/api/v1/applications/" + pending[0] + "/credit-checks")
                .then().statusCode(201);
    }

    @Test
    void shouldRecordTheDecisionMakerAndRefuseAStaleDecision() {
        String[] app = apply(openPosting(false), randomEmail());
        hr().body(Map.of("version", 0, "notes", "Hyvä haastattelu, vahva asiakaspalvelukokemus."))
                .when().put("/api/v1/applications/" + app[0] + "/interview-notes").then().statusCode(200)
                .body("version", equalTo(1));
        hr().body(Map.of("version", 0, "outcome", "NOT_SELECTED", "notifiedAt", Instant.now().toString()))
                .when().put("/api/v1/applications/" + app[0] + "/decision").then().statusCode(409);
        hr().body(Map.of("version", 1, "outcome", "NOT_SELECTED", "notifiedAt", Instant.now().toString()))
                .when().put("/api/v1/applications/" + app[0] + "/decision").then().statusCode(200)
                .body("decidedBy", equalTo("helmi")).body("outcome", equalTo("NOT_SELECTED"));
        hr().body(Map.of("version", 2, "outcome", "MAYBE"))
                .when().put("/api/v1/applications/" + app[0] + "/decision").then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    private static Map<String, Object> assessment(String consentId) {
        return Map.of("consentId", consentId, "provider", "Psykologipalvelu Oy", "summary", "Soveltuu hyvin.",
                "performedAt", "2026-01-20", "source", Map.of("origin", "OTHER", "name", "Psykologipalvelu Oy",
                        "obtainedAt", "2026-01-21T12:00:00Z"));
    }

    private static Map<String, Object> reference(String consentId) {
        return Map.of("consentId", consentId, "refereeName", "Jussi Väänänen", "refereeOrganisation", "Kotikatu Oy",
                "summary", "Luotettava ja oma-aloitteinen.", "checkedAt", "2026-01-22",
                "source", Map.of("origin", "OTHER", "name", "Kotikatu Oy", "obtainedAt", "2026-01-22T09:00:00Z"));
    }

    private static Map<String, Object> credit(Map<String, Object> source) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantInformedAt", "2026-03-01T08:00:00Z");
        body.put("checkedAt", "2026-03-02T09:15:00Z");
        body.put("summary", "Ei maksuhäiriömerkintöjä");
        if (source != null) {
            body.put("source", source);
        }
        return body;
    }
}
