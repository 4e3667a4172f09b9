package fi.kuopas.privacy.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who is calling, the one answer every service uses (audit lines, evidence, history, decisions):
 * the token's user name and roles in a request; {@value #SYSTEM} where no request is active
 * (scheduled jobs, Kafka consumers); {@value #ANONYMOUS} for an unauthenticated request.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

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
        return identity().map(id -> id.isAnonymous() ? ANONYMOUS : id.getPrincipal().getName()).orElse(SYSTEM);
    }

    /** The caller's roles, sorted and comma-separated. */
    public String roles() {
        return identity().map(id -> id.isAnonymous() ? ANONYMOUS : String.join(",", new TreeSet<>(id.getRoles())))
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
