package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.PROBLEMS;
import static fi.kuopas.personnel.Fixtures.PROBLEM_JSON;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.employeeBody;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.openPosting;
import static fi.kuopas.personnel.Fixtures.permanentIdentityCode;
import static fi.kuopas.personnel.Fixtures.randomEmail;
import static fi.kuopas.personnel.Fixtures.randomIdentityCode;
import static fi.kuopas.personnel.Fixtures.spi;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Temporary identity codes (individual number 900–999, Population Information Act 661/2009): accepted
 * and flagged wherever a code is stored; the permanent code is linked later, and the temporary code's
 * key stays an alias, so a search or a data-subject request made with it still finds the person.
 */
@QuarkusTest
class IdentityCodeTest {

    @Inject
    SubjectKeys keys;

    @Test
    void shouldFlagATemporaryCodeAndLinkThePermanentOneKeepingTheTemporaryAsAnAlias() {
        String temporary = randomIdentityCode();
        String id = createEmployee(employeeBody(temporary));
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200)
                .body("temporaryIdentityCode", equalTo(true));
        String permanent = permanentIdentityCode(birthDate(temporary));

        hr().body(Map.of("version", 0, "personalIdentityCode", permanent))
                .when().put("/api/v1/employees/" + id + "/identity-code").then().statusCode(200)
                .body("personalIdentityCode", equalTo(permanent))
                .body("temporaryIdentityCode", equalTo(false))
                .body("version", equalTo(1));

        hr().body(Map.of("personalIdentityCode", temporary)).when().post("/api/v1/employees/search")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id));
        hr().body(Map.of("personalIdentityCode", permanent)).when().post("/api/v1/employees/search")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id));
        spi(Operation.LOOKUP, UUID.randomUUID(), picKey(temporary)).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(true)).body("records", equalTo(1));
        spi(Operation.LOOKUP, UUID.randomUUID(), picKey(permanent)).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(true)).body("records", equalTo(1));
        // A new employee cannot take the code that is now someone's alias.
        hr().body(employeeBody(temporary)).when().post("/api/v1/employees").then().statusCode(409);

        hr().body(Map.of("version", 1, "personalIdentityCode", permanentIdentityCode(birthDate(temporary))))
                .when().put("/api/v1/employees/" + id + "/identity-code").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "identity-code-permanent"));
    }

    @Test
    void shouldRefuseLinkingATemporaryCodeAStaleVersionOrAnotherEmployeesCode() {
        String temporary = randomIdentityCode();
        String id = createEmployee(employeeBody(temporary));
        hr().body(Map.of("version", 0, "personalIdentityCode", randomIdentityCode()))
                .when().put("/api/v1/employees/" + id + "/identity-code").then().statusCode(422)
                .contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "temporary-identity-code"));
        String someoneElses = permanentIdentityCode(LocalDate.of(1971, 3, 4));
        createEmployee(employeeBody(someoneElses));
        hr().body(Map.of("version", 0, "personalIdentityCode", someoneElses))
                .when().put("/api/v1/employees/" + id + "/identity-code").then().statusCode(409);
        hr().body(Map.of("version", 7, "personalIdentityCode", permanentIdentityCode(birthDate(temporary))))
                .when().put("/api/v1/employees/" + id + "/identity-code").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "stale-version"));
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200)
                .body("personalIdentityCode", equalTo(temporary)).body("temporaryIdentityCode", equalTo(true));
    }

    @Test
    void shouldFlagAnApplicantsTemporaryCodeAndFindThemByItAfterThePermanentOneIsLinked() {
        LocalDate born = LocalDate.of(1990, 5, 17);
        String temporary = "170590-9" + String.format("%02d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100));
        temporary = temporary + checkCharacter(temporary);
        String email = randomEmail();
        Map<String, Object> applicant = Map.of("firstName", "Aino", "lastName", "Kärkkäinen", "email", email,
                "birthDate", born.toString(), "personalIdentityCode", temporary);
        String applicantId = hr().body(Map.of("applicant", applicant, "cvText", "Tradenomi."))
                .when().post("/api/v1/job-postings/" + openPosting(false) + "/applications").then().statusCode(201)
                .body("applicant.temporaryIdentityCode", equalTo(true))
                .extract().path("applicant.id");

        hr().body(Map.of("version", 0, "personalIdentityCode", permanentIdentityCode(born)))
                .when().put("/api/v1/applicants/" + applicantId + "/identity-code").then().statusCode(200)
                .body("temporaryIdentityCode", equalTo(false));
        spi(Operation.LOOKUP, UUID.randomUUID(), picKey(temporary)).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(true)).body("categories", equalTo(java.util.List.of("job applicant")));
    }

    private static LocalDate birthDate(String code) {
        return PersonalIdentityCode.parse(code).birthDate();
    }

    private static char checkCharacter(String withoutCheck) {
        String digits = withoutCheck.substring(0, 6) + withoutCheck.substring(7, 10);
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits) % 31));
    }

    private String picKey(String code) {
        return keys.ofIdentityCode(PersonalIdentityCode.parse(code));
    }
}
