package fi.kuopas.consent.service;

import fi.kuopas.privacy.security.Caller;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Least privilege per register: customer service records customer-register purposes, stakeholder
 * relations its own; web and app back ends (consent-collector) and the DPO may record any.
 */
@ApplicationScoped
public class PurposeAccess {

    private final Caller actor;

    public PurposeAccess(Caller actor) {
        this.actor = actor;
    }

    public Purpose writable(String code) {
        Purpose purpose = Purpose.findById(code);
        if (purpose == null) {
            throw ProblemException.unprocessable("unknown-purpose", "purpose " + code + " is not in the purpose catalogue");
        }
        boolean allowed = actor.hasRole(Roles.CONSENT_COLLECTOR) || actor.hasRole(Roles.DPO)
                || ("customer".equals(purpose.register) && actor.hasRole(Roles.CUSTOMER_SERVICE))
                || ("stakeholder".equals(purpose.register) && actor.hasRole(Roles.STAKEHOLDER_RELATIONS));
        if (!allowed) {
            throw ProblemException.forbidden("your role may not record consents for the " + purpose.register + " register");
        }
        return purpose;
    }
}
