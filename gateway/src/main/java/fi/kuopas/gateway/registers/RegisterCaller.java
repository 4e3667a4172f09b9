package fi.kuopas.gateway.registers;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrCall;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a case step into the matching SPI call. Every call carries the case id, so repeats are one on the register side. */
@ApplicationScoped
public class RegisterCaller {

    private final RegisterClients clients;

    public RegisterCaller(RegisterClients clients) {
        this.clients = clients;
    }

    /** The register's name and its answer. */
    public record Answer(String register, Object result) {
    }

    public Answer call(RegisterJob job) {
        RegisterClients.Register register = clients.of(job.registerUrl());
        SubjectRef subject = new SubjectRef(job.subjectKeys());
        DsrCall call = new DsrCall(job.caseId(), subject);
        return switch (job.phase()) {
            case ACCESS -> {
                AccessReport r = register.call(spi -> spi.access(call), AccessReport.class);
                yield new Answer(nameOf(r == null ? null : r.register()), require(r));
            }
            case ERASURE_PREVIEW, ERASURE -> {
                boolean dryRun = job.phase() == fi.kuopas.gateway.domain.RegisterTask.Phase.ERASURE_PREVIEW;
                ErasureReport r = register.call(spi -> spi.erase(call, dryRun), ErasureReport.class);
                yield new Answer(nameOf(r == null ? null : r.register()), require(r));
            }
            case RESTRICTION -> {
                RestrictionCall.Action action = job.payload().restriction() == null
                        ? RestrictionCall.Action.SET : job.payload().restriction();
                yield outcome(register.call(spi -> spi.restrict(new RestrictionCall(job.caseId(), subject, action)),
                        DsrOutcome.class));
            }
            case OBJECTION -> outcome(register.call(spi -> spi.object(new ObjectionCall(job.caseId(), subject,
                    job.payload().objectionPurpose(), job.payload().objectionGrounds())), DsrOutcome.class));
            case RECTIFICATION -> outcome(register.call(spi -> spi.rectify(new RectificationCall(job.caseId(), subject,
                    job.payload().corrections())), DsrOutcome.class));
        };
    }

    private static Answer outcome(DsrOutcome o) {
        return new Answer(nameOf(o == null ? null : o.register()), require(o));
    }

    private static <T> T require(T answer) {
        if (answer == null) {
            throw new IllegalStateException("register answered without a body");
        }
        return answer;
    }

    private static String nameOf(String name) {
        return name == null || name.isBlank() ? null : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
