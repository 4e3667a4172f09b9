package fi.kuopas.gateway.retention;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.registers.FanOut;
import fi.kuopas.gateway.registers.RegisterReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest retention run of every register, asked in parallel over the kit's one retention API
 * ({@code GET /api/v1/retention/runs?size=1}, newest first) with the gateway's service token. A
 * register that does not answer in time, or answers something else than a run list, is shown as
 * unreachable with the reason; one that has not run its retention yet as {@code none}. The
 * register's run is read tolerantly: fields the gateway does not know are ignored, and a count
 * the register does not send (e.g. {@code held}) stays empty.
 */
@ApplicationScoped
public class RetentionOverview {

    /** The kit's retention API of every register (privacy-kit RetentionRunResource.PATH). */
    static final String RUNS = "/api/v1/retention/runs";
    public static final String OK = "ok";
    public static final String NONE = "none";
    public static final String UNREACHABLE = "unreachable";

    private final RegisterReads reads;
    private final GatewayConfig config;

    public RetentionOverview(RegisterReads reads, GatewayConfig config) {
        this.reads = reads;
        this.config = config;
    }

    @Schema(name = "RetentionOverview", description = "The latest retention run of every register, one row per register")
    public record Result(
            @Schema(description = "When the registers were asked", example = "2026-11-27T04:00:00Z") Instant checkedAt,
            @Schema(description = "One row per configured register, in the configured order") List<RegisterRun> registers) {
    }

    @Schema(name = "RegisterLatestRetentionRun", description = "One register's latest retention run, or why there is none")
    public record RegisterRun(
            @Schema(description = "Register name", example = "customer") String register,
            @Schema(description = "ok: the latest run follows; none: the register has not run its retention yet; "
                    + "unreachable: no usable answer (see problem)", enumeration = {OK, NONE, UNREACHABLE}, example = OK) String status,
            @Schema(description = "Why the register is unreachable, in words (never its response body)",
                    example = "no answer within 15000 ms") String problem,
            @Schema(description = "Id of the run in the register", example = "3f1c2a9e-8d0b-4c51-9a43-0c5e1b7d2f60") UUID runId,
            @Schema(description = "When the run started", example = "2026-11-27T01:30:00Z") Instant startedAt,
            @Schema(description = "When the run finished", example = "2026-11-27T01:30:02Z") Instant finishedAt,
            @Schema(description = "Whether the run only counted (nothing deleted)", example = "false") Boolean dryRun,
            @Schema(description = "The run's status as the register reports it, if it reports one", example = "COMPLETED") String runStatus,
            @Schema(description = "Per rule: how many records the run deleted or anonymised (would have, in a dry run), and how many it kept "
                    + "because of a hold") List<RuleCount> rules) {

        static RegisterRun unreachable(String register, String problem) {
            return new RegisterRun(register, UNREACHABLE, problem, null, null, null, null, null, List.of());
        }
    }

    @Schema(name = "RetentionRuleCount", description = "What one retention rule did in a run")
    public record RuleCount(
            @Schema(description = "The rule's name in the register", example = "housing-applications") String rule,
            @Schema(description = "The legal reference of its retention period", example = "GDPR Art 5(1)(e)") String legalReference,
            @Schema(description = "Records deleted or anonymised (would be, in a dry run)", example = "12") Integer affected,
            @Schema(description = "Records past their period kept because of a legal hold or a restriction; empty when the register "
                    + "does not report it", example = "1") Integer held) {
    }

    /** A register's run as the kit serves it; unknown fields are ignored, missing ones stay null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistersRun(UUID id, Instant startedAt, Instant finishedAt, Boolean dryRun, String status, List<RegistersItem> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistersItem(String rule, String legalReference, Integer affected, Integer held) {
    }

    public Result latest() {
        Duration perRegister = config.client().readTimeout();
        List<RegisterReads.Answer<List<RegistersRun>>> answers;
        try {
            answers = reads.askEach(r -> reads.get(r.url().toString(), RUNS + "?page=0&size=1", new TypeReference<List<RegistersRun>>() { },
                    perRegister), perRegister.plus(config.client().connectTimeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the registers", e);
        }
        return new Result(Instant.now(), answers.stream().map(a -> row(a, perRegister)).toList());
    }

    private static RegisterRun row(RegisterReads.Answer<List<RegistersRun>> answer, Duration timeout) {
        String register = answer.register().name();
        if (!answer.answered()) {
            return RegisterRun.unreachable(register, problem(answer.failure(), timeout));
        }
        List<RegistersRun> runs = answer.value();
        if (runs == null || runs.isEmpty()) {
            return new RegisterRun(register, NONE, null, null, null, null, null, null, List.of());
        }
        RegistersRun run = runs.get(0);
        List<RuleCount> rules = run.items() == null ? List.of() : run.items().stream()
                .map(i -> new RuleCount(i.rule(), i.legalReference(), i.affected(), i.held())).toList();
        return new RegisterRun(register, OK, null, run.id(), run.startedAt(), run.finishedAt(), run.dryRun(), run.status(), rules);
    }

    /** The reason in words: never the register's response body. */
    static String problem(Throwable failure, Duration timeout) {
        if (failure instanceof TimeoutException || failure instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (failure instanceof RegisterReads.HttpStatusException h) {
            return switch (h.status()) {
                case 401, 403 -> "HTTP " + h.status() + ": the register refused the gateway's token";
                case 404, 405 -> "HTTP " + h.status() + ": the register does not serve " + RUNS;
                default -> "HTTP " + h.status();
            };
        }
        if (failure instanceof JsonProcessingException) {
            return "the answer is not a list of retention runs";
        }
        return FanOut.describe(failure);
    }
}
