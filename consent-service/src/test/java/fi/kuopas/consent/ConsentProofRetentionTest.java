package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.randomAdultIdentityCode;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.ErasedSubjects.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.consent.retention.ProofPastHold;
import fi.kuopas.testsupport.Callers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Storage limitation of the proof an erasure keeps (docs/domain-rules.md, "Consent"): once every
 * erasure hold of a subject key has passed, a retention run deletes that key's history, states,
 * links and holds; a hold still running keeps everything, a subject never erased is untouched, and
 * the append-only trigger still refuses any other DELETE.
 */
@QuarkusTest
class ConsentProofRetentionTest {

    private static final String RUNS = "/api/v1/retention/runs";

    @Inject
    AgroalDataSource db;

    @Test
    void shouldDeleteTheProofOfAnErasedSubjectOnlyOnceEveryHoldHasPassed() throws SQLException {
        // Past its hold: identity code and email, so the consent is filed under one key and the other is linked to it.
        Map<String, Object> past = Map.of("personalIdentityCode", randomAdultIdentityCode(), "email", randomEmail());
        String pastKey = grant(past, "marketing-email");
        ErasedSubjects.erase(pastKey);
        ErasedSubjects.holdEnded(db, pastKey, 1);
        // Erased in two cases: one hold has passed, the other ends today and so still runs.
        String runningKey = grant(email(randomEmail()), "marketing-sms");
        ErasedSubjects.erase(runningKey);
        ErasedSubjects.holdEnded(db, runningKey, 1);
        ErasedSubjects.erase(runningKey);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE erasure_hold SET until_date = (now() AT TIME ZONE 'UTC')::date WHERE subject_key = '"
                    + runningKey.replace("'", "''") + "' AND until_date >= (now() AT TIME ZONE 'UTC')::date");
        }
        assertThat(rows(db, "erasure_hold", "subject_key", runningKey)).isEqualTo(2);
        // Never erased.
        Map<String, Object> kept = email(randomEmail());
        String keptKey = grant(kept, "marketing-email");

        assertThat(rows(db, "consent_record", "subject_key", pastKey)).isEqualTo(2); // granted, withdrawn by the erasure
        assertThat(rows(db, "subject_link", "filed_key", pastKey)).isEqualTo(1);

        JsonPath dry = Callers.dpo().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        assertThat(dry.getInt("items.find { it.rule == '" + ProofPastHold.NAME + "' }.affected")).isPositive();
        assertThat(rows(db, "consent_record", "subject_key", pastKey)).as("a dry run deletes nothing").isEqualTo(2);
        assertThat(rows(db, "consent_state", "subject_key", pastKey)).isEqualTo(1);
        assertThat(rows(db, "erasure_hold", "subject_key", pastKey)).isEqualTo(1);

        int audited = rows(db, "audit_log", "subject_key", pastKey);
        JsonPath run = Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        assertThat(run.getInt("items.find { it.rule == '" + ProofPastHold.NAME + "' }.affected")).isPositive();

        assertThat(rows(db, "consent_record", "subject_key", pastKey)).isZero();
        assertThat(rows(db, "consent_state", "subject_key", pastKey)).isZero();
        assertThat(rows(db, "subject_link", "filed_key", pastKey)).isZero();
        assertThat(rows(db, "erasure_hold", "subject_key", pastKey)).isZero();
        assertThat(rows(db, "audit_log", "subject_key", pastKey)).as("the deletion is audited").isGreaterThan(audited);

        assertThat(rows(db, "consent_record", "subject_key", runningKey)).as("a hold still runs").isPositive();
        assertThat(rows(db, "consent_state", "subject_key", runningKey)).isEqualTo(1);
        assertThat(rows(db, "erasure_hold", "subject_key", runningKey)).isEqualTo(2);
        assertThat(rows(db, "consent_record", "subject_key", keptKey)).as("never erased").isEqualTo(1);
        assertThat(Fixtures.stateByPurpose(kept)).containsEntry("marketing-email", "GRANTED");
    }

    @Test
    void shouldKeepAnObjectionAndTheLinksThatReachItWhenTheProofGoes() throws SQLException {
        String mail = randomEmail();
        Map<String, Object> subject = Map.of("personalIdentityCode", randomAdultIdentityCode(), "email", mail);
        String key = grant(subject, "marketing-email");
        customerService().body(Map.of("subject", subject, "scope", "DIRECT_MARKETING", "grounds", "Ei markkinointia"))
                .when().post("/api/v1/objections").then().statusCode(201);
        ErasedSubjects.erase(key);
        ErasedSubjects.holdEnded(db, key, 1);

        Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201);

        assertThat(rows(db, "consent_record", "subject_key", key)).isZero();
        assertThat(rows(db, "objection", "subject_key", key)).as("an objection stays (Art 21(3))").isEqualTo(1);
        assertThat(rows(db, "subject_link", "filed_key", key)).isEqualTo(1);
        // The objection still reaches a new direct-marketing consent given by email alone.
        collector().body(grantBody(email(mail), "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(409);
    }

    @Test
    void shouldKeepAConsentGivenAgainAfterTheErasureWhenItsProofGoes() throws SQLException {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        ErasedSubjects.erase(key);
        ErasedSubjects.holdEnded(db, key, 1);
        grant(subject, "marketing-email"); // given again: a consent in force, not proof
        assertThat(rows(db, "consent_record", "subject_key", key)).isEqualTo(3);
        // The trigger lets only the rows the erasure marked go, even with every hold passed.
        assertThatThrownBy(() -> {
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM consent_record WHERE subject_key = '" + key.replace("'", "''") + "'");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(rows(db, "consent_record", "subject_key", key)).isEqualTo(3);

        Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201);

        assertThat(rows(db, "erasure_hold", "subject_key", key)).isZero();
        assertThat(Fixtures.history(subject)).singleElement().satisfies(r -> {
            assertThat(r.get("action")).isEqualTo("GRANTED");
            assertThat(r.get("formId")).isEqualTo("asuntohaku-2026-11");
        });
        assertThat(Fixtures.stateByPurpose(subject)).containsEntry("marketing-email", "GRANTED");
    }

    @Test
    void shouldStillRefuseAPlainDeleteOfTheConsentHistory() throws SQLException {
        String keptKey = grant(email(randomEmail()), "marketing-email");
        String runningKey = grant(email(randomEmail()), "marketing-sms");
        ErasedSubjects.erase(runningKey);

        for (String sql : new String[] {"DELETE FROM consent_record",
                "DELETE FROM consent_record WHERE subject_key = '" + keptKey.replace("'", "''") + "'",
                "DELETE FROM consent_record WHERE subject_key = '" + runningKey.replace("'", "''") + "'"}) {
            assertThatThrownBy(() -> {
                try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                    st.executeUpdate(sql);
                }
            }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(rows(db, "consent_record", "subject_key", keptKey)).isEqualTo(1);
        assertThat(rows(db, "consent_record", "subject_key", runningKey)).isPositive();
    }
}
