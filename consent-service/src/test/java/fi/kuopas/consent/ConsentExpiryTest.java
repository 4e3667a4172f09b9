package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.history;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.stateByPurpose;
import static fi.kuopas.consent.Fixtures.withdrawBody;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.consent.service.ConsentExpiry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expiry acts (GDPR Art 4(11), Art 7): a consent past its expiry date is ended by the expiry job with a
 * history row, its state and an expiry event in the outbox, which registers apply like a withdrawal.
 * The scheduled run is switched off in tests (kuopas.consent.expiry.enabled); the test runs it by hand.
 */
@QuarkusTest
class ConsentExpiryTest {

    @Inject
    ConsentExpiry expiry;

    @Inject
    EntityManager em;

    @Test
    void shouldEndAnExpiredConsentWithAHistoryRowAStateAndAnExpiryEventInTheOutbox() {
        Map<String, Object> subject = email(randomEmail());
        String key = grantFor(subject, "marketing-email");
        grantFor(subject, "marketing-sms");
        Instant expiredAt = Instant.now().minus(Duration.ofMinutes(5));
        backdateExpiry(key, "marketing-email", expiredAt);

        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);

        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "EXPIRED")
                .containsEntry("marketing-sms", "GRANTED");
        List<Map<String, Object>> history = history(subject);
        assertThat(history).extracting(r -> r.get("action")).containsExactly("GRANTED", "GRANTED", "EXPIRED");
        assertThat(history.get(2)).containsEntry("purpose", "marketing-email").containsEntry("channel", "EXPIRY")
                .containsEntry("noticeVersion", Fixtures.SEED_VERSION);
        assertThat(Instant.parse((String) history.get(2).get("expiresAt")))
                .isCloseTo(expiredAt, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(Instant.parse((String) history.get(2).get("occurredAt"))).isAfter(expiredAt);
        List<?> events = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT payload FROM outbox_event WHERE record_key = ?1 AND event_type = ?2")
                .setParameter(1, key).setParameter(2, "fi.kuopas.consent.expired.v1").getResultList());
        assertThat(events).singleElement().asString().contains("\"purpose\":\"marketing-email\"")
                .contains("\"register\":\"customer\"");

        // Ended once: a second run finds nothing of this subject, and there is nothing left to withdraw.
        expiry.expireDue();
        assertThat(history(subject)).hasSize(3);
        collector().body(withdrawBody(subject, "marketing-email")).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(409);
    }

    @Test
    void shouldLeaveAConsentInForceUntilItsExpiryDate() {
        Map<String, Object> subject = email(randomEmail());
        Map<String, Object> body = grantBody(subject, "marketing-sms");
        body.put("expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
        collector().body(body).when().post("/api/v1/consents").then().statusCode(201);
        expiry.expireDue();
        assertThat(stateByPurpose(subject)).containsEntry("marketing-sms", "GRANTED");
        assertThat(history(subject)).hasSize(1);
    }

    private static String grantFor(Map<String, Object> subject, String purpose) {
        Map<String, Object> body = grantBody(subject, purpose);
        body.put("expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
        return collector().body(body).when().post("/api/v1/consents").then().statusCode(201).extract().path("subjectKey");
    }

    /** The derived state only (the history is append-only): as if the consent had been given to expire earlier. */
    private void backdateExpiry(String subjectKey, String purpose, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE consent_state SET expires_at = ?1 WHERE subject_key = ?2 AND purpose_code = ?3")
                .setParameter(1, at).setParameter(2, subjectKey).setParameter(3, purpose).executeUpdate());
    }
}
