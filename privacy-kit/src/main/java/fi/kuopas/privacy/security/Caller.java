package fi.kuopas.privacy.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who is calling, the one answer every service uses (audit lines, evidence, history, decisions):
 * the token's user name and roles of an authenticated request; otherwise {@value #SYSTEM}: scheduled
 * jobs, Kafka consumers and background work (which may run in a request context of their own,
 * without a user) act as the system, and so does an unauthenticated call of a public endpoint.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;

    public Caller(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The identity of the current request, if there is a request. */
    public Optional<SecurityIdentity> identity() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return Optional.empty();
        }
        return Optional.of(identity.get());
    }

    public String name() {
        return identity().map(id -> id.isAnonymous() ? SYSTEM : id.getPrincipal().getName()).orElse(SYSTEM);
    }

    /** The caller's roles, sorted and comma-separated. */
    public String roles() {
        return identity().map(id -> id.isAnonymous() ? SYSTEM : String.join(",", new TreeSet<>(id.getRoles())))
                .orElse(SYSTEM);
    }

    public boolean isAuthenticated() {
        return identity().map(id -> !id.isAnonymous()).orElse(false);
    }

    public boolean hasRole(String role) {
        return identity().map(id -> id.hasRole(role)).orElse(false);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
