package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.employeeBody;
import static fi.kuopas.personnel.Fixtures.randomIdentityCode;
import static fi.kuopas.personnel.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.service.PhoneKeyBackfill;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The phone key (kit's SubjectKeyColumns, column added by V12): an employee is indexed by phone, a
 * phone alone never includes a person whose verified identity code differs, and rows stored before
 * the column existed get their key from the start-up backfill.
 */
@QuarkusTest
class PhoneKeyTest {

    @Inject
    SubjectKeys keys;

    @Inject
    PhoneKeyBackfill backfill;

    @Test
    void shouldIndexThePhoneAndOfferAClaimedPhoneOfAnotherEmployeeOnlyAsAPossibleMatch() {
        String picA = randomIdentityCode();
        createEmployee(employeeBody(picA));
        String phoneB = uniquePhone();
        Map<String, Object> bodyB = employeeBody(randomIdentityCode());
        bodyB.put("phone", phoneB);
        String idB = createEmployee(bodyB);

        assertThat(phoneKeyOf(idB)).isEqualTo(keys.ofPhone(phoneB));

        for (boolean verified : List.of(false, true)) {
            List<String> verifiedKeys = verified ? List.of(picKey(picA), keys.ofPhone(phoneB)) : List.of(picKey(picA));
            List<String> claimedKeys = verified ? List.of() : List.of(keys.ofPhone(phoneB));
            String raw = spi(Operation.ACCESS, UUID.randomUUID(), verifiedKeys, claimedKeys, Map.of())
                    .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
            JsonPath report = JsonPath.from(raw);
            assertThat(report.getList("categories.find { it.name == 'Personal and contact data' }.records.personalIdentityCode"))
                    .containsExactly(PersonalIdentityCode.mask(picA));
            assertThat(raw).doesNotContain(phoneB).doesNotContain(idB);
            assertThat(report.getList("possibleMatches.matchedIdentifiers")).containsExactly(List.of("PHONE"));
        }
    }

    @Test
    void shouldBackfillThePhoneKeyOfARowStoredWithoutOne() {
        String phone = uniquePhone();
        Map<String, Object> body = employeeBody(randomIdentityCode());
        body.put("phone", phone);
        String id = createEmployee(body);
        QuarkusTransaction.requiringNew().run(() -> Employee.update("keys.phoneKey = null where id = ?1", UUID.fromString(id)));
        assertThat(phoneKeyOf(id)).isNull();

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

        assertThat(phoneKeyOf(id)).isEqualTo(keys.ofPhone(phone));
        assertThat(backfill.backfill()).isZero();
    }

    private static String phoneKeyOf(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Employee.<Employee>findById(UUID.fromString(id)).keys.phoneKey());
    }

    private static String uniquePhone() {
        return "+358 44 " + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    private String picKey(String pic) {
        return keys.ofIdentityCode(PersonalIdentityCode.parse(pic));
    }
}
