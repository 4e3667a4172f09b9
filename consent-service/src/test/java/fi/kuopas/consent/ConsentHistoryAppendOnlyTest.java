package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.history;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The consent history is append-only in the database, not by convention (GDPR Art 7(1)): a trigger
 * refuses UPDATE, DELETE and TRUNCATE of consent_record, whoever connects. The one change it lets
 * through is the minimisation an erasure request needs (evidence details to NULL, erased to TRUE).
 */
@QuarkusTest
class ConsentHistoryAppendOnlyTest {

    @Inject
    AgroalDataSource db;

    @Test
    void shouldRefuseUpdatingOrDeletingConsentHistoryInTheDatabase() throws SQLException {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        String id = (String) history(subject).get(0).get("id");

        for (String sql : List.of(
                "UPDATE consent_record SET action = 'WITHDRAWN' WHERE id = ?::uuid",
                "UPDATE consent_record SET notice_version = '1999-01-01' WHERE id = ?::uuid",
                "UPDATE consent_record SET occurred_at = occurred_at - interval '1 day' WHERE id = ?::uuid",
                // Clearing evidence is allowed only as the erasure does it: not while changing anything else ...
                "UPDATE consent_record SET form_id = NULL, user_agent = NULL, ip_truncated = NULL, erased = TRUE, "
                        + "purpose_code = 'marketing-sms' WHERE id = ?::uuid",
                // ... and not without marking the row erased.
                "UPDATE consent_record SET form_id = NULL WHERE id = ?::uuid",
                "DELETE FROM consent_record WHERE id = ?::uuid")) {
            assertThatThrownBy(() -> execute(sql, id)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        // The service's own role may not truncate at all (it owns no table); the trigger refuses it even to the owner.
        assertThatThrownBy(() -> execute("TRUNCATE consent_record CASCADE", null)).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");

        assertThat(history(subject)).singleElement().satisfies(r -> {
            assertThat(r.get("action")).isEqualTo("GRANTED");
            assertThat(r.get("noticeVersion")).isEqualTo(Fixtures.SEED_VERSION);
            assertThat(r.get("formId")).isEqualTo("asuntohaku-2026-11");
            assertThat(r.get("subjectKey")).isEqualTo(key);
        });
    }

    @Test
    void shouldStillEraseEvidenceDetailsAndKeepTheMinimalProofUnderTheAppendOnlyRule() throws SQLException {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");

        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), key).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200);

        List<Map<String, Object>> after = history(subject);
        assertThat(after).extracting(r -> r.get("action")).containsExactly("GRANTED", "WITHDRAWN");
        assertThat(after).allSatisfy(r -> assertThat(r).doesNotContainKeys("formId", "userAgent", "ipTruncated"));
        assertThat(after.get(0)).containsEntry("noticeVersion", Fixtures.SEED_VERSION).containsEntry("purpose", "marketing-email");
        // The minimisation is one-way: the evidence cannot be written back, nor the erased mark undone.
        String id = (String) after.get(0).get("id");
        assertThatThrownBy(() -> execute("UPDATE consent_record SET erased = FALSE WHERE id = ?::uuid", id))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("UPDATE consent_record SET form_id = 'forged' WHERE id = ?::uuid", id))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (id != null) {
                st.setString(1, id);
            }
            st.executeUpdate();
        }
    }
}
