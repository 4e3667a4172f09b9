package fi.kuopas.gateway.registers;

import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.grant.CaseGrantSigner;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.dsr.DsrCall;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * Turns a case step into the matching SPI call. Every call carries the case id, so repeats are one on
 * the register side, and a case grant signed for exactly that register, operation, case and keys.
 */
@ApplicationScoped
public class RegisterCaller {

    private final RegisterClients clients;
    private final RegisterDirectory directory;
    private final CaseGrantSigner grants;

    public RegisterCaller(RegisterClients clients, RegisterDirectory directory, CaseGrantSigner grants) {
        this.clients = clients;
        this.directory = directory;
        this.grants = grants;
    }

    /** The register's name and its answer. */
    public record Answer(String register, Object result) {
    }

    public Answer call(RegisterJob job) {
        RegisterClients.Register register = clients.of(job.registerUrl());
        SubjectRef subject = job.subject();
        DsrCall call = new DsrCall(job.caseId(), subject);
        String audience = directory.nameOf(job.registerUrl());
        // A fresh grant per attempt, so a retry long after the first try still carries an unexpired one.
        Function<Operation, String> grant = op -> grants.sign(audience, op, job.caseId(),
                job.caseType().name(), subject);
        return switch (job.phase()) {
            case ACCESS -> {
                AccessReport r = register.call(spi -> spi.access(grant.apply(Operation.ACCESS), call), AccessReport.class);
                yield new Answer(nameOf(r == null ? null : r.register()), require(r));
            }
            case ERASURE_PREVIEW, ERASURE -> {
                boolean dryRun = job.phase() == fi.kuopas.gateway.domain.RegisterTask.Phase.ERASURE_PREVIEW;
                Operation op = dryRun ? Operation.ERASURE_PREVIEW : Operation.ERASURE_EXECUTE;
                ErasureReport r = register.call(spi -> spi.erase(grant.apply(op), call, dryRun), ErasureReport.class);
                yield new Answer(nameOf(r == null ? null : r.register()), require(r));
            }
            case RESTRICTION -> {
                RestrictionCall.Action action = job.payload().restriction() == null
                        ? RestrictionCall.Action.SET : job.payload().restriction();
                yield outcome(register.call(spi -> spi.restrict(grant.apply(Operation.RESTRICTION), new RestrictionCall(job.caseId(), subject, action)),
                        DsrOutcome.class));
            }
            case OBJECTION -> outcome(register.call(spi -> spi.object(grant.apply(Operation.OBJECTION), new ObjectionCall(job.caseId(), subject,
                    job.payload().objectionPurpose(), job.payload().objectionGrounds())), DsrOutcome.class));
            case RECTIFICATION -> outcome(register.call(spi -> spi.rectify(grant.apply(Operation.RECTIFICATION), new RectificationCall(job.caseId(), subject,
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
