package fi.kuopas.privacy.restriction;

import fi.kuopas.privacy.dsr.RestrictionCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The kit's record of restricted processing (table kit_restriction, migration
 * V0_6__restriction.sql). Plain JDBC on the service's data source, so writes join the caller's
 * transaction. A register that keeps a denormalised marker on its own rows implements
 * {@link RestrictionHook}; it is called here, in the same transaction, on every set and lift.
 */
@ApplicationScoped
public class Restrictions {

    private final DataSource dataSource;
    private final Iterable<RestrictionHook> hooks;

    @Inject
    public Restrictions(DataSource dataSource, Instance<RestrictionHook> hooks) {
        this.dataSource = dataSource;
        this.hooks = hooks;
    }

    /** Without hooks: for a register that keeps no marker of its own, and for tests. */
    public Restrictions(DataSource dataSource) {
        this(dataSource, List.of());
    }

    Restrictions(DataSource dataSource, Iterable<RestrictionHook> hooks) {
        this.dataSource = dataSource;
        this.hooks = hooks;
    }

    /** Restricts processing of the subject key; idempotent: a restriction already in force is answered as is. */
    public Restriction restrict(String subjectKey, String reason, String caseRef, String by, Instant at) {
        Optional<Restriction> current = inForce(List.of(subjectKey));
        if (current.isPresent()) {
            hooks.forEach(h -> h.restricted(current.get()));
            return current.get();
        }
        UUID id = UUID.randomUUID();
        update("INSERT INTO kit_restriction (id, subject_key, reason, case_ref, restricted_at, restricted_by)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", id, subjectKey, reason, caseRef, Timestamp.from(at), by);
        Restriction restriction = inForce(List.of(subjectKey)).orElseThrow();
        hooks.forEach(h -> h.restricted(restriction));
        return restriction;
    }

    /** Lifts the restriction in force for the subject key; false when there was none. */
    public boolean lift(String subjectKey, String by, Instant at) {
        boolean lifted = update("UPDATE kit_restriction SET lifted_at = ?, lifted_by = ? WHERE subject_key = ? AND lifted_at IS NULL",
                Timestamp.from(at), by, subjectKey) > 0;
        if (lifted) {
            hooks.forEach(h -> h.lifted(subjectKey));
        }
        return lifted;
    }

    /**
     * Applies a restriction call of the gateway's DSR SPI to one subject key: SET restricts (reason
     * {@value #DSR_REASON}, the case as reference), LIFT lifts. The register audits the call.
     */
    public void apply(String subjectKey, RestrictionCall.Action action, UUID caseId, String by) {
        Instant now = Instant.now();
        if (action == RestrictionCall.Action.SET) {
            restrict(subjectKey, DSR_REASON, caseId.toString(), by, now);
        } else {
            lift(subjectKey, by, now);
        }
    }

    /** The reason of a restriction set through the DSR SPI. */
    public static final String DSR_REASON = "data subject request (Art 18)";

    /** The keys among these with a restriction in force. */
    public Set<String> inForceAmong(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT subject_key FROM kit_restriction"
                        + " WHERE subject_key = ANY (?) AND lifted_at IS NULL")) {
            s.setArray(1, c.createArrayOf("varchar", subjectKeys.toArray()));
            Set<String> out = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("restrictions could not be read", e);
        }
    }

    /** The restriction in force for any of the subject keys (one person may be known by several), if any. */
    public Optional<Restriction> inForce(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, subject_key, reason, case_ref, restricted_at,"
                        + " restricted_by, lifted_at, lifted_by FROM kit_restriction"
                        + " WHERE subject_key = ANY (?) AND lifted_at IS NULL ORDER BY restricted_at, id LIMIT 1")) {
            s.setArray(1, c.createArrayOf("varchar", subjectKeys.toArray()));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp lifted = r.getTimestamp(7);
                return Optional.of(new Restriction(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4), r.getTimestamp(5).toInstant(), r.getString(6),
                        lifted == null ? null : lifted.toInstant(), r.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("restrictions could not be read", e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("restriction could not be written", e);
        }
    }
}
