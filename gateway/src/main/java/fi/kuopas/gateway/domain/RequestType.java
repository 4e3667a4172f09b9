package fi.kuopas.gateway.domain;

import fi.kuopas.gateway.domain.RegisterTask.Phase;

/** The rights of Arts 15–21 a data subject can exercise through the gateway. */
public enum RequestType {
    ACCESS(Phase.ACCESS),
    RECTIFICATION(Phase.RECTIFICATION),
    ERASURE(Phase.ERASURE_PREVIEW),
    RESTRICTION(Phase.RESTRICTION),
    OBJECTION(Phase.OBJECTION),
    /** Art 20 uses the access answer, keeping only what is portable (consent or contract). */
    PORTABILITY(Phase.ACCESS);

    private final Phase firstPhase;

    RequestType(Phase firstPhase) {
        this.firstPhase = firstPhase;
    }

    public Phase firstPhase() {
        return firstPhase;
    }
}
