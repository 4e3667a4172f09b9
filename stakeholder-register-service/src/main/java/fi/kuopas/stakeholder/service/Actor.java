package fi.kuopas.stakeholder.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Who is acting: the token's user in a request, "system" in scheduled jobs and the event consumer. */
@ApplicationScoped
public class Actor {

    private final Instance<SecurityIdentity> identity;

    public Actor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        try {
            SecurityIdentity id = identity.get();
            return id == null || id.isAnonymous() ? "system" : id.getPrincipal().getName();
        } catch (RuntimeException e) {
            // No request context (scheduler, Kafka consumer thread).
            return "system";
        }
    }
}
