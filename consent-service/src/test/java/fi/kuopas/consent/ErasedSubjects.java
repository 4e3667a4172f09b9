package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.spi;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Subjects erased through the register's own erasure (the gateway's SPI call), and the time passing
 * on their erasure hold: the hold's date is moved into the past, as it will be once the limitation
 * period of claims has run, so the retention rule finds it due.
 */
final class ErasedSubjects {

    private ErasedSubjects() {
    }

    /** Erases everything filed under {@code key} in a new case (Art 17), which puts it on an erasure hold. */
    static void erase(String key) {
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), key).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200);
    }

    /** Sets the key's processing restricted (Art 18) through the SPI. */
    static void restrict(String key) {
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(key), List.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
    }

    /** Every erasure hold of {@code key} ended {@code daysAgo} days ago (0: it ends today, so it still runs). */
    static void holdEnded(DataSource db, String key, int daysAgo) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE erasure_hold SET until_date = (now() AT TIME ZONE 'UTC')::date - ? WHERE subject_key = ?")) {
            st.setInt(1, daysAgo);
            st.setString(2, key);
            if (st.executeUpdate() == 0) {
                throw new IllegalStateException("no erasure hold for the key");
            }
        }
    }

    /** How many rows of {@code table} have {@code column} = {@code key}. */
    static int rows(DataSource db, String table, String column, String key) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
