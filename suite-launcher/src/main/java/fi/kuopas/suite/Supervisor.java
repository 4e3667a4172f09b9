package fi.kuopas.suite;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Starts and stops the suite's processes portably (Linux and macOS): {@link ProcessBuilder} to
 * start, {@link ProcessHandle} to track and stop. No {@code /proc}, no {@code setsid}, no shell.
 *
 * <p>Each started process gets a state file {@code <state>/pids/NAME.pid} so that a later
 * {@code down} or {@code status} in another JVM finds it: the pid on the first line (what shell
 * scripts read), its start instant on the second. A state file is trusted only while its pid is
 * alive <em>and</em> that process started at the recorded instant, so a pid the OS has since reused
 * for an unrelated process is never reported or killed. (A file without a start instant, or an OS
 * that does not tell start instants, falls back to the command line: it must name the state
 * directory, which every process the suite starts does.)
 */
public final class Supervisor {

    /**
     * Two reads of one process's start instant may differ by the rounding of the boot time the OS
     * derives them from (Linux: whole seconds); a reused pid starts later than that.
     */
    static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private final Path stateDir;
    private final Path pids;
    private final Path logs;

    public Supervisor(Path stateDir) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.pids = this.stateDir.resolve("pids");
        this.logs = this.stateDir.resolve("logs");
    }

    /** The JVM system property on every JVM the suite starts; {@link #suiteProcesses()} looks for it. */
    public String marker() {
        return "-Dkuopas.suite=" + stateDir;
    }

    public Path pidFile(String name) {
        return pids.resolve(name + ".pid");
    }

    public Path logFile(String name) {
        return logs.resolve(name + ".log");
    }

    public Path stateDir() {
        return stateDir;
    }

    /** What a state file says: a pid and, when the OS told us, when that process started. */
    public record ProcessRecord(long pid, Optional<Instant> started) {

        String format() {
            return pid + "\n" + started.map(Instant::toString).orElse("") + "\n";
        }

        static Optional<ProcessRecord> parse(String text) {
            String[] lines = text.strip().split("\\R");
            try {
                long pid = Long.parseLong(lines[0].trim());
                Optional<Instant> started = Optional.empty();
                if (lines.length > 1 && !lines[1].isBlank()) {
                    started = Optional.of(Instant.parse(lines[1].trim()));
                }
                return pid > 0 ? Optional.of(new ProcessRecord(pid, started)) : Optional.empty();
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    public void writeRecord(String name, ProcessHandle process) throws IOException {
        Files.createDirectories(pids);
        ProcessRecord record = new ProcessRecord(process.pid(), process.info().startInstant());
        Path tmp = pids.resolve(name + ".pid.tmp");
        Files.writeString(tmp, record.format(), StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state file of {@code name}, if there is a readable one. */
    public Optional<ProcessRecord> record(String name) {
        Path file = pidFile(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return ProcessRecord.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code extraEnv} added to this process's
     * environment; stdout and stderr go to {@code logs/NAME.log} (the previous log is kept as
     * {@code NAME.log.1}), stdin is {@code /dev/null}. The command must carry {@link #marker()} or
     * run a program under the state directory (Keycloak's {@code kc.sh}), so that
     * {@link #suiteProcesses()} finds it after a lost state file.
     */
    public ProcessHandle start(String name, List<String> command, Map<String, String> extraEnv, Path workDir)
            throws IOException {
        if (command.stream().noneMatch(this::namesStateDir)) {
            throw new IllegalArgumentException(name + ": the command must carry " + marker()
                    + " or run a program under " + stateDir);
        }
        Optional<ProcessHandle> running = running(name);
        if (running.isPresent()) {
            throw new IllegalStateException(name + " is already running (pid " + running.get().pid() + ")");
        }
        Files.createDirectories(logs);
        Path log = logFile(name);
        if (Files.exists(log)) {
            Files.move(log, logs.resolve(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(extraEnv);
        Process process = pb.start();
        writeRecord(name, process.toHandle());
        return process.toHandle();
    }

    /** The live process recorded for {@code name} (started at the recorded instant); removes a stale state file. */
    public Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = record(name).flatMap(this::live);
        if (handle.isEmpty()) {
            deleteQuietly(file);
        }
        return handle;
    }

    /** The live process recorded for {@code name}, leaving a stale state file in place (for status). */
    public Optional<ProcessHandle> find(String name) {
        return record(name).flatMap(this::live);
    }

    /**
     * Whether {@code name} has a state file whose process is gone (crashed or killed) — what
     * {@code status} reports as {@code exited}. Leaves the file alone.
     */
    public boolean exited(String name) {
        Optional<ProcessRecord> r = record(name);
        return Files.isRegularFile(pidFile(name)) && (r.isEmpty() || live(r.get()).isEmpty());
    }

    /** The process a record names, if it is alive and is the one that was recorded. */
    public Optional<ProcessHandle> live(ProcessRecord record) {
        return ProcessHandle.of(record.pid()).filter(ProcessHandle::isAlive).filter(p -> sameProcess(p, record));
    }

    boolean sameProcess(ProcessHandle handle, ProcessRecord record) {
        Optional<Instant> actual = handle.info().startInstant();
        if (record.started().isPresent() && actual.isPresent()) {
            Duration drift = Duration.between(record.started().get(), actual.get()).abs();
            return drift.compareTo(START_TOLERANCE) <= 0;
        }
        return ours(handle);
    }

    /**
     * Whether a live process names this suite's state directory on its command line. Where the OS
     * does not tell the command line (some macOS processes), a process from our own state file is
     * trusted.
     */
    boolean ours(ProcessHandle handle) {
        return commandLine(handle).map(this::namesStateDir).orElse(true);
    }

    private boolean namesStateDir(String text) {
        String dir = stateDir.toString();
        int i = text.indexOf(dir);
        while (i >= 0) {
            int end = i + dir.length();
            if (end == text.length() || text.charAt(end) == '/' || Character.isWhitespace(text.charAt(end))) {
                return true;
            }
            i = text.indexOf(dir, i + 1);
        }
        return false;
    }

    static Optional<String> commandLine(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return info.commandLine().or(() -> info.arguments().map(args -> String.join(" ", args)));
    }

    /**
     * Every live process of this suite found by its arguments (JVMs with {@link #marker()},
     * Keycloak's {@code kc.sh}, the PostgreSQL server and {@code pg_ctl} under the state directory),
     * whether or not a state file names it. Not this JVM.
     */
    public List<ProcessHandle> suiteProcesses() {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> arguments(p).filter(this::namesStateDir).isPresent())
                .filter(p -> {
                    String program = programName(p);
                    return program.equals("java") || program.equals("postgres") || program.equals("pg_ctl")
                            || program.equals("kc.sh") || commandLine(p).orElse("").contains("/bin/kc.sh");
                })
                .collect(Collectors.toList());
    }

    /**
     * A process's arguments without its executable, so that the PostgreSQL server's own worker
     * processes (run from the binaries under the state directory, their arguments rewritten to
     * "postgres: checkpointer" and the like) are not listed, only the server itself (its -D names the
     * data directory).
     */
    static Optional<String> arguments(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return info.arguments().map(args -> String.join(" ", args)).or(info::commandLine);
    }

    /** The file name of a process's executable ({@code java}, {@code postgres}, {@code bash}…). */
    static String programName(ProcessHandle p) {
        String command = p.info().command().orElseGet(() -> commandLine(p).map(c -> c.split(" ")[0]).orElse("?"));
        return command.substring(command.lastIndexOf('/') + 1);
    }

    /**
     * Stops {@code name}: SIGTERM ({@link ProcessHandle#destroy()}) to the process and its
     * descendants, waits up to {@code timeout}, then {@link ProcessHandle#destroyForcibly()}.
     * Returns what happened, or empty when nothing (of ours) was running. Removes the state file.
     */
    public Optional<StopResult> stop(String name, Duration timeout) {
        Optional<StopRequest> request = requestStop(name);
        return request.map(r -> finish(r, timeout));
    }

    /** A stop in progress: SIGTERM sent, not yet waited for ({@link #finish}). */
    public record StopRequest(String name, ProcessHandle process, List<ProcessHandle> descendants) {}

    /** Sends SIGTERM to {@code name} and its descendants; several components can stop at once. */
    public Optional<StopRequest> requestStop(String name) {
        Optional<ProcessHandle> handle = running(name);
        if (handle.isEmpty()) {
            deleteQuietly(pidFile(name));
            return Optional.empty();
        }
        ProcessHandle p = handle.get();
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().collect(Collectors.toList()));
        p.destroy();
        tree.forEach(ProcessHandle::destroy);
        return Optional.of(new StopRequest(name, p, tree));
    }

    /** Waits for a requested stop, kills what is left after {@code timeout}, removes the state file. */
    public StopResult finish(StopRequest request, Duration timeout) {
        ProcessHandle p = request.process();
        boolean graceful = awaitExit(p, timeout)
                && request.descendants().stream().allMatch(d -> awaitExit(d, Duration.ofSeconds(2)));
        if (!graceful) {
            p.destroyForcibly();
            request.descendants().forEach(ProcessHandle::destroyForcibly);
            awaitExit(p, Duration.ofSeconds(5));
        }
        deleteQuietly(pidFile(request.name()));
        return new StopResult(p.pid(), graceful);
    }

    public record StopResult(long pid, boolean graceful) {}

    /** SIGTERM, then SIGKILL after {@code timeout}; true if it ended within the timeout. */
    public static boolean terminate(ProcessHandle p, Duration timeout) {
        p.destroy();
        if (awaitExit(p, timeout)) {
            return true;
        }
        p.destroyForcibly();
        awaitExit(p, Duration.ofSeconds(5));
        return false;
    }

    static boolean awaitExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            sleep(Duration.ofMillis(500));
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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

    /** HTTP 200 from {@code url} within 3 s. */
    public static boolean ok(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Resident and proportional set size (kB) of a process and its descendants. */
    public record Memory(long rssKb, long pssKb) {

        public Memory plus(Memory o) {
            return new Memory(rssKb + o.rssKb, pssKb + o.pssKb);
        }
    }

    /**
     * RSS from {@code ps -o rss=} (POSIX: Linux and macOS); PSS where the OS tells it (Linux
     * {@code smaps_rollup}, read only if present), else 0.
     */
    public static Memory memory(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        long rss = 0;
        long pss = 0;
        String pidList = tree.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(","));
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", pidList).redirectErrorStream(true).start();
            String text;
            try (InputStream in = ps.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            ps.waitFor(10, TimeUnit.SECONDS);
            for (String line : text.split("\\R")) {
                if (line.trim().matches("\\d+")) {
                    rss += Long.parseLong(line.trim());
                }
            }
        } catch (IOException e) {
            // no ps: unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle p : tree) {
            Path rollup = Path.of("/proc", Long.toString(p.pid()), "smaps_rollup");
            if (Files.isReadable(rollup)) {
                try {
                    for (String line : Files.readAllLines(rollup, StandardCharsets.US_ASCII)) {
                        if (line.startsWith("Pss:")) {
                            pss += Long.parseLong(line.replaceAll("\\D", ""));
                            break;
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    // gone meanwhile
                }
            }
        }
        return new Memory(rss, pss);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a later run removes it
        }
    }
}
