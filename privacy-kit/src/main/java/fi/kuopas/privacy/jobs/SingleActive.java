package fi.kuopas.privacy.jobs;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a scheduled job on one instance at a time when several instances of a service share its
 * database: the job holds a PostgreSQL session advisory lock named after it for as long as it runs,
 * and an instance that finds the lock taken skips that round. The lock lives on its own connection,
 * outside the job's transactions, so it holds however long the job takes, and ends with the
 * connection if the instance dies.
 */
@ApplicationScoped
public class SingleActive {

    private final DataSource dataSource;

    public SingleActive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the job unless another instance is running it now; true when it ran. */
    public boolean run(String job, Runnable work) {
        try (Connection lock = dataSource.getConnection()) {
            if (!call(lock, "SELECT pg_try_advisory_lock(hashtext(?))", job)) {
                Log.infof("job %s skipped: another instance is running it", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(lock, "SELECT pg_advisory_unlock(hashtext(?))", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job " + job + ": advisory lock unavailable", e);
        }
    }

    private static boolean call(Connection c, String sql, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }
}
