package fi.kuopas.gateway.breach;

import fi.kuopas.gateway.audit.SuiteAuditVerification;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Watches every service's audit-log verification (the registers' and the gateway's own, each also
 * against the seals the gateway witnessed). A failure
 * is a possible breach of integrity (Art 32(1)(b), 33): a breach candidate is opened for the DPO to
 * assess, once per service while it stays open.
 */
@ApplicationScoped
public class AuditWatch {

    private final SuiteAuditVerification verification;
    private final BreachRegister breaches;

    public AuditWatch(SuiteAuditVerification verification, BreachRegister breaches) {
        this.verification = verification;
        this.breaches = breaches;
    }

    @Scheduled(every = "${kuopas.gateway.audit-watch.interval:10m}", delayed = "${kuopas.gateway.audit-watch.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void check() {
        for (SuiteAuditVerification.ServiceResult r : verification.verify().services()) {
            if (!r.reachable()) {
                Log.infof("audit verification of %s not available", r.register());
            } else if (!r.intact()) {
                open(r.register(), r.problem(), r.firstBrokenId());
            }
        }
    }

    private void open(String register, String problem, Long firstBroken) {
        String nature = "The audit log of " + register + " failed its integrity verification"
                + (problem == null ? "" : " (" + problem + ")")
                + (firstBroken == null ? "" : " (first broken entry " + firstBroken + ")")
                + ": entries may have been altered or deleted.";
        if (breaches.candidate("audit-verification:" + register, register, nature)) {
            Log.warnf("breach candidate opened: audit log of %s failed verification", register);
        }
    }
}
