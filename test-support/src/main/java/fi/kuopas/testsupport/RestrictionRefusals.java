package fi.kuopas.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The one check every register's restriction test makes (GDPR Art 18, docs/domain-rules.md): the
 * processing of a restricted subject's data is refused with 409 and the kit's problem type
 * {@code processing-restricted}, and the refusal is in the service's access log as the kit's
 * {@code AuditedRefusals} writes it. Reads the log over JDBC, as the superuser of the test database.
 */
public final class RestrictionRefusals {

    /** The kit's one problem type of a refused processing. */
    public static final String PROBLEM_TYPE = Callers.PROBLEMS + "processing-restricted";
    /** The purpose of every refusal's audit line (kit {@code AuditedRefusals.PURPOSE}). */
    public static final String PURPOSE = "refused: processing restricted (Art 18)";

    private RestrictionRefusals() {
    }

    /** Asserts the response is the kit's refusal: 409, problem+json, type {@link #PROBLEM_TYPE}. */
    public static ValidatableResponse assertRefused(ValidatableResponse response) {
        return response.statusCode(409).contentType(startsWith(Callers.PROBLEM_JSON)).body("type", equalTo(PROBLEM_TYPE));
    }

    /** How many refusals of this record type are in the access log under the subject key. */
    public static int auditedRefusals(String subjectKey, String recordType) {
        try (Connection c = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_log WHERE subject_key = ?"
                        + " AND action = 'RESTRICT' AND record_type = ? AND purpose = ?")) {
            s.setString(1, subjectKey);
            s.setString(2, recordType);
            s.setString(3, PURPOSE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit log could not be read", e);
        }
    }

    /**
     * Runs the refused request and asserts it is the kit's refusal and left exactly one more refusal
     * line of the record type under the subject key in the access log.
     */
    public static void assertRefusedAndAudited(String subjectKey, String recordType,
            Supplier<ValidatableResponse> request) {
        int before = auditedRefusals(subjectKey, recordType);
        assertRefused(request.get());
        assertThat(auditedRefusals(subjectKey, recordType)).as("refusals audited under the subject key").isEqualTo(before + 1);
    }
}
