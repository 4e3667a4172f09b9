package fi.kuopas.consent;

import static fi.kuopas.consent.ErasedSubjects.rows;
import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.randomAdultIdentityCode;
import static fi.kuopas.consent.Fixtures.randomDeviceId;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.consent.retention.EndedConsentPastProof;
import fi.kuopas.consent.service.ConsentExpiry;
import fi.kuopas.testsupport.Callers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Storage limitation of consents that ended (docs/domain-rules.md, "Consent service"): a consent and
 * its evidence are kept proof-years (3 here) after its withdrawal, refusal or expiry, then a retention
 * run deletes its history, its state and the links nothing else needs. A consent ended more recently,
 * one in force, one given again, objections, and the consents of a key under a restriction or a
 * running erasure hold stay; the append-only trigger still refuses any other DELETE.
 */
@QuarkusTest
class ConsentEndedRetentionTest {

    private static final String RUNS = "/api/v1/retention/runs";
    private static final String RULE = "items.find { it.rule == '" + EndedConsentPastProof.NAME + "' }.";

    @Inject
    AgroalDataSource db;

    @Inject
    ConsentExpiry expiry;

    @Test
    void shouldDeleteAConsentOnlyOnceItEndedLongerAgoThanTheProofPeriod() throws SQLException {
        // Withdrawn 4 years ago; given with an identity code and an email, so the email is linked to it.
        Map<String, Object> oldSubject = Map.of("personalIdentityCode", randomAdultIdentityCode(), "email", randomEmail());
        String oldKey = grant(oldSubject, "marketing-email");
        withdraw(oldSubject, "marketing-email");
        ended(oldKey, "marketing-email", 4);
        // Withdrawn 2 years ago.
        Map<String, Object> recent = email(randomEmail());
        String recentKey = grant(recent, "marketing-email");
        withdraw(recent, "marketing-email");
        ended(recentKey, "marketing-email", 2);
        // Valid, given 5 years ago.
        Map<String, Object> valid = email(randomEmail());
        String validKey = grant(valid, "marketing-sms");
        ended(validKey, "marketing-sms", 5);
        // Withdrawn 4 years ago, then given again.
        Map<String, Object> again = email(randomEmail());
        String againKey = grant(again, "marketing-email");
        withdraw(again, "marketing-email");
        ended(againKey, "marketing-email", 4);
        grant(again, "marketing-email");
        // Withdrawn 4 years ago, processing restricted (Art 18).
        Map<String, Object> restricted = email(randomEmail());
        String restrictedKey = grant(restricted, "marketing-email");
        withdraw(restricted, "marketing-email");
        ended(restrictedKey, "marketing-email", 4);
        ErasedSubjects.restrict(restrictedKey);
        // Ended 4 years ago, erased since: the erasure hold still runs.
        String erasedKey = grant(email(randomEmail()), "marketing-email");
        ErasedSubjects.erase(erasedKey);
        ended(erasedKey, "marketing-email", 4);
        // Two consents of one person: one withdrawn 4 years ago, the other 2 years ago; the link serves the second.
        Map<String, Object> twoConsents = Map.of("personalIdentityCode", randomAdultIdentityCode(), "email", randomEmail());
        String twoKey = grant(twoConsents, "marketing-email");
        grant(twoConsents, "marketing-sms");
        withdraw(twoConsents, "marketing-email");
        withdraw(twoConsents, "marketing-sms");
        ended(twoKey, "marketing-email", 4);
        ended(twoKey, "marketing-sms", 2);
        // A direct-marketing objection ended the consent 4 years ago: the objection and its link stay.
        String objectorMail = randomEmail();
        Map<String, Object> objector = Map.of("personalIdentityCode", randomAdultIdentityCode(), "email", objectorMail);
        String objectorKey = grant(objector, "marketing-email");
        customerService().body(Map.of("subject", objector, "scope", "DIRECT_MARKETING", "grounds", "Ei markkinointia"))
                .when().post("/api/v1/objections").then().statusCode(201);
        ended(objectorKey, "marketing-email", 4);
        // Cookie choices: analytics cookies refused 4 years ago; marketing cookies accepted, expired 4 years ago.
        String refusedDevice = collector().body(Fixtures.refuseBody(null, randomDeviceId(), "web-analytics-cookies"))
                .when().post("/api/v1/consents/refusals").then().statusCode(201).extract().path("subjectKey");
        ended(refusedDevice, "web-analytics-cookies", 4);
        Map<String, Object> cookies = grantBody(null, "marketing-cookies");
        cookies.put("deviceId", randomDeviceId());
        cookies.put("channel", "COOKIE_BANNER");
        String acceptedDevice = collector().body(cookies).when().post("/api/v1/consents").then().statusCode(201)
                .extract().path("subjectKey");
        sql("UPDATE consent_state SET expires_at = now() - interval '1 minute' WHERE subject_key = ? AND purpose_code = ?",
                acceptedDevice, "marketing-cookies");
        assertThat(expiry.expireDue()).isPositive();
        assertThat(state(acceptedDevice, "marketing-cookies")).isEqualTo("EXPIRED");
        ended(acceptedDevice, "marketing-cookies", 4);

        assertThat(rows(db, "consent_record", "subject_key", oldKey)).isEqualTo(2);
        assertThat(rows(db, "subject_link", "filed_key", oldKey)).isEqualTo(1);
        // Only the rule's DELETE is let through: not of a consent ended 2 years ago, in force, or restricted.
        for (String key : new String[] {recentKey, validKey, restrictedKey, erasedKey}) {
            assertThatThrownBy(() -> sql("DELETE FROM consent_record WHERE subject_key = ?", key)).as(key)
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> {
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM consent_record");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("TRUNCATE consent_record")).isInstanceOf(SQLException.class);

        JsonPath dry = Callers.dpo().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        int dueConsents = 5; // old, two consents' first, objector's, refused and expired cookie choices
        assertThat(dry.getInt(RULE + "affected")).isGreaterThanOrEqualTo(dueConsents);
        assertThat(dry.getInt(RULE + "held")).isGreaterThanOrEqualTo(2); // restricted, erasure hold running
        assertThat(rows(db, "consent_record", "subject_key", oldKey)).as("a dry run deletes nothing").isEqualTo(2);
        assertThat(rows(db, "consent_state", "subject_key", oldKey)).isEqualTo(1);
        assertThat(rows(db, "subject_link", "filed_key", oldKey)).isEqualTo(1);
        assertThat(rows(db, "consent_record", "subject_key", refusedDevice)).isEqualTo(1);

        int audited = rows(db, "audit_log", "subject_key", oldKey);
        JsonPath run = Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        assertThat(run.getInt(RULE + "affected")).as("a real run deletes what the dry run counted")
                .isEqualTo(dry.getInt(RULE + "affected"));
        assertThat(run.getInt(RULE + "held")).isEqualTo(dry.getInt(RULE + "held"));

        // Ended longer ago than the proof period: gone, with the link nothing else needed.
        for (String[] gone : new String[][] {{oldKey, "marketing-email"}, {twoKey, "marketing-email"},
                {objectorKey, "marketing-email"}, {refusedDevice, "web-analytics-cookies"},
                {acceptedDevice, "marketing-cookies"}}) {
            assertThat(records(gone[0], gone[1])).as(gone[1] + " history").isZero();
            assertThat(state(gone[0], gone[1])).as(gone[1] + " state").isNull();
        }
        assertThat(rows(db, "subject_link", "filed_key", oldKey)).isZero();
        assertThat(rows(db, "audit_log", "subject_key", oldKey)).as("the deletion is audited").isGreaterThan(audited);

        // Kept.
        assertThat(records(recentKey, "marketing-email")).as("withdrawn 2 years ago").isEqualTo(2);
        assertThat(state(recentKey, "marketing-email")).isEqualTo("WITHDRAWN");
        assertThat(records(validKey, "marketing-sms")).as("valid").isEqualTo(1);
        assertThat(Fixtures.stateByPurpose(valid)).containsEntry("marketing-sms", "GRANTED");
        assertThat(records(againKey, "marketing-email")).as("given again").isEqualTo(3);
        assertThat(Fixtures.stateByPurpose(again)).containsEntry("marketing-email", "GRANTED");
        assertThat(records(restrictedKey, "marketing-email")).as("restricted: held").isEqualTo(2);
        assertThat(state(restrictedKey, "marketing-email")).isEqualTo("WITHDRAWN");
        assertThat(records(erasedKey, "marketing-email")).as("erasure hold running: held").isEqualTo(2);
        assertThat(records(twoKey, "marketing-sms")).as("the person's other consent").isEqualTo(2);
        assertThat(rows(db, "subject_link", "filed_key", twoKey)).as("a link still serving a consent").isEqualTo(1);
        assertThat(rows(db, "objection", "subject_key", objectorKey)).as("an objection stays (Art 21(3))").isEqualTo(1);
        assertThat(rows(db, "subject_link", "filed_key", objectorKey)).isEqualTo(1);
        // The objection still reaches a new direct-marketing consent given by email alone.
        collector().body(grantBody(email(objectorMail), "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(409);

        JsonPath second = Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        assertThat(second.getInt(RULE + "affected")).as("a second run deletes nothing").isZero();
        assertThat(records(restrictedKey, "marketing-email")).isEqualTo(2);
        assertThat(records(recentKey, "marketing-email")).isEqualTo(2);
    }

    private void ended(String key, String purpose, int yearsAgo) throws SQLException {
        EndedConsents.ended(db, key, purpose, yearsAgo);
    }

    private int records(String key, String purpose) throws SQLException {
        return EndedConsents.records(db, key, purpose);
    }

    private String state(String key, String purpose) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT state FROM consent_state WHERE subject_key = ? AND purpose_code = ?")) {
            st.setString(1, key);
            st.setString(2, purpose);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private int sql(String sql, String... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            return st.executeUpdate();
        }
    }
}
