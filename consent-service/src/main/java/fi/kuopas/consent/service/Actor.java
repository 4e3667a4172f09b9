package fi.kuopas.consent.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is acting, for evidence and history (the token's subject name). */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;

    public Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
