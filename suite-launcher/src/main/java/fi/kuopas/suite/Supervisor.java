package fi.kuopas.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Starts and stops the suite's processes portably (Linux and macOS): {@link ProcessBuilder} to
 * start, {@link ProcessHandle} to track, a pid file per component under {@code <state>/pids} only
 * so that a later {@code down} in another JVM finds them. A pid file is trusted only while its
 * process is alive and its command line carries the suite's marker ({@code -Dkuopas.suite=<state>}),
 * so a stale file whose pid was reused by an unrelated process is ignored and removed.
 */
public final class Supervisor {

    private final Path stateDir;
    private final Path pids;
    private final Path logs;

    public Supervisor(Path stateDir) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.pids = this.stateDir.resolve("pids");
        this.logs = this.stateDir.resolve("logs");
    }

    /** The JVM system property on every process the suite starts; identifies our processes. */
    public String marker() {
        return "-Dkuopas.suite=" + stateDir;
    }

    public Path pidFile(String name) {
        return pids.resolve(name + ".pid");
    }

    public Path logFile(String name) {
        return logs.resolve(name + ".log");
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code extraEnv} added to this process's
     * environment; stdout and stderr go to {@code logs/NAME.log} (the previous log is kept as
     * {@code NAME.log.1}), stdin is closed. The command must carry {@link #marker()}.
     */
    public ProcessHandle start(String name, List<String> command, Map<String, String> extraEnv, Path workDir)
            throws IOException {
        if (!String.join(" ", command).contains(marker())) {
            throw new IllegalArgumentException(name + ": the command must carry " + marker());
        }
        Optional<ProcessHandle> running = running(name);
        if (running.isPresent()) {
            throw new IllegalStateException(name + " is already running (pid " + running.get().pid() + ")");
        }
        Files.createDirectories(pids);
        Files.createDirectories(logs);
        Path log = logFile(name);
        if (Files.exists(log)) {
            Files.move(log, logs.resolve(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().putAll(extraEnv);
        Process process = pb.start();
        Files.writeString(pidFile(name), process.pid() + "\n", StandardCharsets.US_ASCII);
        return process.toHandle();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The live process recorded for {@code name}; removes a stale pid file. */
    public Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            deleteQuietly(file);
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::ours);
        if (handle.isEmpty()) {
            deleteQuietly(file);
        }
        return handle;
    }

    /**
     * Whether a process belongs to this suite. Where the OS does not tell us the command line
     * (some macOS processes of other users), a live process from our own pid file is trusted.
     */
    boolean ours(ProcessHandle handle) {
        return handle.info().commandLine()
                .or(() -> handle.info().arguments().map(args -> String.join(" ", args)))
                .map(cmd -> cmd.contains(marker()))
                .orElse(true);
    }

    /**
     * Stops {@code name}: SIGTERM ({@link ProcessHandle#destroy()}) to the process and its
     * descendants, waits up to {@code timeout}, then {@link ProcessHandle#destroyForcibly()}.
     * Returns what happened, or empty when nothing was running. Removes the pid file.
     */
    public Optional<StopResult> stop(String name, Duration timeout) {
        Optional<ProcessHandle> handle = running(name);
        if (handle.isEmpty()) {
            deleteQuietly(pidFile(name));
            return Optional.empty();
        }
        ProcessHandle p = handle.get();
        List<ProcessHandle> tree = new java.util.ArrayList<>(p.descendants().toList());
        p.destroy();
        tree.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(p, timeout) && tree.stream().allMatch(d -> awaitExit(d, Duration.ofSeconds(2)));
        if (!graceful) {
            p.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(p, Duration.ofSeconds(5));
        }
        deleteQuietly(pidFile(name));
        return Optional.of(new StopResult(p.pid(), graceful));
    }

    public record StopResult(long pid, boolean graceful) {}

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        }
    }

    /** Polls {@code check} every 500 ms; fails fast when the process {@code name} has exited. */
    public void waitFor(String name, Duration timeout, BooleanSupplier check) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (check.getAsBoolean()) {
                return;
            }
            if (running(name).isEmpty()) {
                throw new IllegalStateException(name + " exited during start-up (log: " + logFile(name) + ")");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds()
                        + "s (log: " + logFile(name) + ")");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** UP, DOWN(code) or "-" (nothing answers) for a Quarkus readiness URL. */
    public static String health(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().matches("(?s).*\"status\"\\s*:\\s*\"UP\".*")) {
                return "UP";
            }
            return "DOWN(" + response.statusCode() + ")";
        } catch (IOException e) {
            return "-";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "-";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a later run removes it
        }
    }

    public Path stateDir() {
        return stateDir;
    }
}
