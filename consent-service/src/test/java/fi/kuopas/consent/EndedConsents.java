package fi.kuopas.consent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Consents that ended years ago, for the retention of ended consents: the history is append-only, so
 * time passes on the state derived from it ({@code consent_state.since}, when the withdrawal, refusal
 * or expiry was recorded), which is what the retention rule and the V13 trigger read.
 */
final class EndedConsents {

    private EndedConsents() {
    }

    /** The consent of {@code key} to {@code purpose} reached its current state {@code yearsAgo} years ago. */
    static void ended(DataSource db, String key, String purpose, int yearsAgo) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE consent_state SET since = now() - make_interval(years => ?) WHERE subject_key = ? AND purpose_code = ?")) {
            st.setInt(1, yearsAgo);
            st.setString(2, key);
            st.setString(3, purpose);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("no consent state for the key and purpose");
            }
        }
    }

    /** How many history rows the consent of {@code key} to {@code purpose} has. */
    static int records(DataSource db, String key, String purpose) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM consent_record WHERE subject_key = ? AND purpose_code = ?")) {
            st.setString(1, key);
            st.setString(2, purpose);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
