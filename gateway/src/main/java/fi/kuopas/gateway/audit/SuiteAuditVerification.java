package fi.kuopas.gateway.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.registers.FanOut;
import fi.kuopas.gateway.registers.RegisterReads;
import fi.kuopas.privacy.audit.AuditSeal;
import fi.kuopas.privacy.audit.AuditVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Verifies every service's access log against its own seals (the service's verification) and
 * against the seals the gateway witnessed: a witnessed seal that the service no longer has, or has
 * with another hash, means its log lost a tail or was rewritten after sealing — even when the
 * service's own verification, looking only at what is left, finds nothing wrong.
 */
@ApplicationScoped
public class SuiteAuditVerification {

    private static final int PAGE = 5000;
    /** A service's seal not witnessed after this long is reported (the relay or Kafka may be behind). */
    private static final Duration WITNESS_GRACE = Duration.ofMinutes(2);
    /** A service verifies its whole log before it answers. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RegisterDirectory registers;
    private final RegisterReads reads;
    private final AuditVerifier own;
    private final AuditWitness witness;

    public SuiteAuditVerification(RegisterDirectory registers, RegisterReads reads, AuditVerifier own, AuditWitness witness) {
        this.registers = registers;
        this.reads = reads;
        this.own = own;
        this.witness = witness;
    }

    @Schema(name = "ServiceAuditVerification")
    public record ServiceResult(
            @Schema(description = "Register name, or gateway", example = "customer") String register,
            @Schema(description = "Application name the service's seals carry", example = "customer-register-service") String service,
            @Schema(description = "Whether the log is intact against its own seals and the witnessed ones") boolean intact,
            @Schema(description = "Whether the service answered at all") boolean reachable,
            @Schema(description = "What failed, in words") String problem,
            @Schema(description = "Id of the first missing or changed entry, if known") Long firstBrokenId,
            @Schema(description = "Sequence number of the first failing seal, if known") Long firstBrokenSeal,
            @Schema(description = "Entries the service checked") long checkedEntries,
            @Schema(description = "Seals the service holds") long seals,
            @Schema(description = "Seals the gateway witnessed") long witnessedSeals,
            @Schema(description = "Seals the service holds that the gateway has not witnessed yet") long unwitnessedSeals,
            @Schema(description = "Seals the witness refused (bad signature, unknown key, rewritten history)") long rejectedSeals,
            @Schema(description = "Age of the service's newest seal in seconds") Long newestSealAgeSeconds) {
    }

    @Schema(name = "SuiteAuditVerification")
    public record Result(
            @Schema(description = "Whether every service's log is intact") boolean intact,
            @Schema(description = "When the check ran") Instant checkedAt,
            @Schema(description = "One line per service") List<ServiceResult> services) {
    }

    public Result verify() {
        List<ServiceResult> out = new ArrayList<>();
        out.add(compare("gateway", own.verify(), sealsOf(null)));
        for (RegisterDirectory.Entry r : registers.all()) {
            try {
                AuditVerifier.Result v = reads.get(r.url().toString(), "/api/v1/audit-log/verification", new TypeReference<>() { }, TIMEOUT);
                out.add(compare(r.name(), v, sealsOf(r.url().toString())));
            } catch (IOException e) {
                out.add(new ServiceResult(r.name(), null, false, false, "not reachable: " + FanOut.describe(e),
                        null, null, 0, 0, 0, 0, 0, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // Seals witnessed for a service no register answered for: that service's log vanished.
        Set<String> seen = new HashSet<>();
        out.forEach(s -> seen.add(s.service()));
        for (String service : witness.services()) {
            if (!seen.contains(service)) {
                out.add(new ServiceResult(service, service, false, false, "the gateway witnessed seals of " + service
                        + ", but no configured service answers for it", null, null, 0, 0, witness.seals(service, 0, 1).size(), 0,
                        witness.rejections(service), null));
            }
        }
        return new Result(out.stream().allMatch(ServiceResult::intact), Instant.now(), out);
    }

    private interface SealSource {
        List<AuditSeal> page(long afterSeq) throws IOException, InterruptedException;
    }

    private SealSource sealsOf(String baseUrl) {
        if (baseUrl == null) {
            return after -> own.seals(after, PAGE);
        }
        return after -> reads.get(baseUrl, "/api/v1/audit-log/seals?afterSeq=" + after + "&limit=" + PAGE, new TypeReference<>() { },
                TIMEOUT);
    }

    private ServiceResult compare(String register, AuditVerifier.Result v, SealSource local) {
        String service = v.service();
        long rejected = witness.rejections(service);
        String problem = v.intact() ? null : v.problem() == null ? "the service's own verification failed" : v.problem();
        Long brokenSeal = v.firstBrokenSeal();
        long localCount = 0;
        long witnessedCount = 0;
        long unwitnessed = 0;
        long after = 0;
        try {
            List<AuditSeal> mine = local.page(0);
            List<AuditSeal> seen = witness.seals(service, 0, PAGE);
            int i = 0;
            int j = 0;
            while (true) {
                if (i == mine.size() && !mine.isEmpty()) {
                    after = mine.get(mine.size() - 1).seq();
                    mine = local.page(after);
                    i = 0;
                }
                if (j == seen.size() && !seen.isEmpty()) {
                    seen = witness.seals(service, seen.get(seen.size() - 1).seq(), PAGE);
                    j = 0;
                }
                AuditSeal a = i < mine.size() ? mine.get(i) : null;
                AuditSeal w = j < seen.size() ? seen.get(j) : null;
                if (a == null && w == null) {
                    break;
                }
                if (w == null) {
                    localCount++;
                    if (a.sealedAt().isBefore(Instant.now().minus(WITNESS_GRACE))) {
                        unwitnessed++;
                    }
                    i++;
                    continue;
                }
                if (a == null || a.seq() > w.seq()) {
                    witnessedCount++;
                    if (problem == null) {
                        problem = "seal " + w.seq() + " was witnessed but the service no longer has it";
                        brokenSeal = w.seq();
                    }
                    j++;
                    continue;
                }
                if (a.seq() < w.seq()) {
                    localCount++;
                    unwitnessed++;
                    i++;
                    continue;
                }
                localCount++;
                witnessedCount++;
                if (!a.sealHash().equals(w.sealHash()) && problem == null) {
                    problem = "seal " + w.seq() + " differs from the one witnessed";
                    brokenSeal = w.seq();
                }
                i++;
                j++;
            }
        } catch (IOException e) {
            return new ServiceResult(register, service, false, false, "seals not readable: " + FanOut.describe(e),
                    v.firstBrokenId(), brokenSeal, v.checked(), localCount, witnessedCount, unwitnessed, rejected, v.newestSealAgeSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (problem == null && rejected > 0) {
            problem = rejected + " seal(s) refused by the witness (forged or rewritten)";
        }
        if (problem == null && unwitnessed > 0) {
            problem = unwitnessed + " seal(s) older than " + WITNESS_GRACE.toMinutes() + " minutes were never witnessed";
        }
        return new ServiceResult(register, service, problem == null, true, problem, v.firstBrokenId(), brokenSeal, v.checked(),
                localCount, witnessedCount, unwitnessed, rejected, v.newestSealAgeSeconds());
    }
}
