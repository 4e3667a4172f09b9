package fi.kuopas.gateway.domain;

public enum CaseStatus {
    /** Identity not yet verified: no register is asked and the deadline clock is paused (EDPB 01/2022). */
    AWAITING_VERIFICATION,
    /** Art 18(3): a restriction is to be lifted; the subject is told first, then the registers are asked. */
    AWAITING_LIFT_NOTICE,
    /** Registers are being asked; some may still be pending. */
    IN_PROGRESS,
    /** Every register has previewed the erasure; the DPO decides whether to execute it. */
    AWAITING_ERASURE_CONFIRMATION,
    /**
     * Every register has answered, but some found records only through unproved identifiers: the
     * DPO confirms (after the subject proves the identifier) or dismisses each before the case closes.
     */
    AWAITING_MATCH_DECISION,
    COMPLETED,
    /** Refused with a ground and reasons (Art 12(4), 12(5), 11(2)); the refusal notice is the answer. */
    REFUSED,
    CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == REFUSED;
    }
}
