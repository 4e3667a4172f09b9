package fi.kuopas.gateway.domain;

public enum CaseStatus {
    /** Identity not yet verified: no register is asked and the deadline clock is paused (EDPB 01/2022). */
    AWAITING_VERIFICATION,
    /** Registers are being asked; some may still be pending. */
    IN_PROGRESS,
    /** Every register has previewed the erasure; the DPO decides whether to execute it. */
    AWAITING_ERASURE_CONFIRMATION,
    COMPLETED,
    CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
