package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, track and stop real child processes (POSIX sh; Linux and macOS). */
class SupervisorTest {

    @TempDir
    Path state;

    private Supervisor supervisor;

    private Supervisor supervisor() {
        if (supervisor == null) {
            supervisor = new Supervisor(state);
        }
        return supervisor;
    }

    @AfterEach
    void stopLeftovers() {
        for (String name : List.of("child", "stubborn", "sleeper")) {
            supervisor().stop(name, Duration.ofSeconds(1));
        }
    }

    /** A shell that stays alive (the loop is not exec'd away) and carries the marker as $0. */
    private List<String> child(String script) {
        return List.of("sh", "-c", script, supervisor().marker());
    }

    @Test
    void shouldStartAChildWithItsEnvironmentAndLogAndStopItGracefully() throws Exception {
        ProcessHandle p = supervisor().start("child",
                child("echo \"hello $GREETING\"; while :; do sleep 1; done"), Map.of("GREETING", "suite"), state);

        List<String> stateFile = Files.readAllLines(supervisor().pidFile("child"));
        assertThat(stateFile.get(0)).isEqualTo(Long.toString(p.pid()));
        assertThat(Instant.parse(stateFile.get(1))).isEqualTo(p.info().startInstant().orElseThrow());
        assertThat(supervisor().running("child")).contains(p);
        supervisor().waitFor("child", Duration.ofSeconds(20), () -> logContains("child", "hello suite"));

        assertThatThrownBy(() -> supervisor().start("child", child("sleep 1"), Map.of(), state))
                .hasMessageContaining("child is already running (pid " + p.pid() + ")");

        Supervisor.StopResult result = supervisor().stop("child", Duration.ofSeconds(20)).orElseThrow();
        assertThat(result.pid()).isEqualTo(p.pid());
        assertThat(result.graceful()).isTrue();
        assertThat(p.isAlive()).isFalse();
        assertThat(supervisor().pidFile("child")).doesNotExist();
        assertThat(supervisor().running("child")).isEmpty();
        assertThat(supervisor().stop("child", Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void shouldKillAChildThatIgnoresSigtermAfterTheTimeout() throws Exception {
        ProcessHandle p = supervisor().start("stubborn",
                child("trap '' TERM; echo ready; while :; do sleep 1; done"), Map.of(), state);
        supervisor().waitFor("stubborn", Duration.ofSeconds(20), () -> logContains("stubborn", "ready"));

        Supervisor.StopResult result = supervisor().stop("stubborn", Duration.ofSeconds(2)).orElseThrow();

        assertThat(result.graceful()).isFalse();
        p.onExit().get(10, TimeUnit.SECONDS);
        assertThat(p.isAlive()).isFalse();
        assertThat(supervisor().pidFile("stubborn")).doesNotExist();
    }

    @Test
    void shouldRemoveTheStalePidFileOfAnExitedProcess() throws Exception {
        Process gone = new ProcessBuilder("sh", "-c", "exit 0").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        writePid("child", gone.pid());

        assertThat(supervisor().running("child")).isEmpty();
        assertThat(supervisor().pidFile("child")).doesNotExist();
    }

    @Test
    void shouldIgnoreAPidFileNamingAnUnrelatedLiveProcessAndNotStopIt() throws Exception {
        Process unrelated = new ProcessBuilder("sh", "-c", "while :; do sleep 1; done").start();
        try {
            writePid("child", unrelated.pid());

            assertThat(supervisor().stop("child", Duration.ofSeconds(1))).isEmpty();
            assertThat(unrelated.isAlive()).isTrue();
            assertThat(supervisor().pidFile("child")).doesNotExist();
        } finally {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldRoundTripPidAndStartInstantThroughAStateFile() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            supervisor().writeRecord("sleeper", sleep.toHandle());

            Supervisor.ProcessRecord record = supervisor().record("sleeper").orElseThrow();
            assertThat(record.pid()).isEqualTo(sleep.pid());
            assertThat(record.started()).isEqualTo(sleep.toHandle().info().startInstant());
            assertThat(record.started()).isPresent();
            assertThat(Supervisor.ProcessRecord.parse(record.format())).contains(record);
            // A pid-only file (as an older bin/suite wrote) still reads, without a start instant.
            assertThat(Supervisor.ProcessRecord.parse("4242\n"))
                    .contains(new Supervisor.ProcessRecord(4242, Optional.empty()));
            assertThat(supervisor().live(record)).contains(sleep.toHandle());
        } finally {
            sleep.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldNeverKillALivePidWhoseStartTimeDiffers() throws Exception {
        // The pid is alive, but the state file says its process started an hour earlier: the OS
        // reused the pid for another process. Even its command line naming the suite does not help.
        Process reused = new ProcessBuilder("sh", "-c", "while :; do sleep 1; done", supervisor().marker()).start();
        try {
            Instant actual = reused.toHandle().info().startInstant().orElseThrow();
            Files.createDirectories(supervisor().pidFile("sleeper").getParent());
            Files.writeString(supervisor().pidFile("sleeper"),
                    new Supervisor.ProcessRecord(reused.pid(), Optional.of(actual.minus(Duration.ofHours(1)))).format());

            assertThat(supervisor().exited("sleeper")).isTrue();
            assertThat(supervisor().running("sleeper")).isEmpty();
            assertThat(supervisor().pidFile("sleeper")).doesNotExist();

            Files.writeString(supervisor().pidFile("sleeper"),
                    new Supervisor.ProcessRecord(reused.pid(), Optional.of(actual.plus(Duration.ofSeconds(30)))).format());
            assertThat(supervisor().stop("sleeper", Duration.ofSeconds(1))).isEmpty();
            assertThat(reused.isAlive()).isTrue();
        } finally {
            reused.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldStopARealSleepGracefullySoAFollowingStatusSeesNothing() throws Exception {
        // exec: the recorded process is sleep itself, whose default SIGTERM action ends it.
        ProcessHandle sleep = supervisor().start("sleeper",
                List.of("sh", "-c", "exec sleep 60", supervisor().marker()), Map.of(), state);
        supervisor().waitFor("sleeper", Duration.ofSeconds(20),
                () -> sleep.info().command().map(c -> c.endsWith("sleep")).orElse(false));

        // Another Supervisor on the same state directory (another JVM: bin/suite down after up) finds it.
        Supervisor later = new Supervisor(state);
        assertThat(later.running("sleeper")).contains(sleep);
        Supervisor.StopResult result = later.stop("sleeper", Duration.ofSeconds(20)).orElseThrow();

        assertThat(result.graceful()).isTrue();
        assertThat(sleep.isAlive()).isFalse();
        assertThat(later.exited("sleeper")).isFalse();
        assertThat(later.running("sleeper")).isEmpty();
    }

    @Test
    void shouldReportAKilledProcessAsExitedUntilItsStateFileIsCleanedUp() throws Exception {
        ProcessHandle p = supervisor().start("child", child("while :; do sleep 1; done"), Map.of(), state);
        p.destroyForcibly();
        p.onExit().get(10, TimeUnit.SECONDS);

        assertThat(supervisor().exited("child")).isTrue();
        assertThat(supervisor().pidFile("child")).exists();
        assertThat(supervisor().running("child")).isEmpty();
        assertThat(supervisor().exited("child")).isFalse();
    }

    @Test
    void shouldFindAMarkedJvmWithoutStateFileAsASuiteProcess() throws Exception {
        Process jvm = new ProcessBuilder(Toolchain.serviceJava(), supervisor().marker(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), Sleeper.class.getName()).start();
        try {
            assertThat(jvm.getInputStream().read()).isEqualTo('!');
            assertThat(supervisor().suiteProcesses()).contains(jvm.toHandle());
            assertThat(new Supervisor(state.resolve("other")).suiteProcesses()).doesNotContain(jvm.toHandle());
        } finally {
            jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(supervisor().suiteProcesses()).doesNotContain(jvm.toHandle());
    }

    @Test
    void shouldTreatGarbageInAPidFileAsStale() throws IOException {
        Files.createDirectories(supervisor().pidFile("child").getParent());
        Files.writeString(supervisor().pidFile("child"), "not-a-pid");
        assertThat(supervisor().running("child")).isEmpty();
        assertThat(supervisor().pidFile("child")).doesNotExist();
    }

    @Test
    void shouldFailTheWaitWithItsLogWhenAChildExitsDuringStartUp() throws Exception {
        supervisor().start("child", child("echo boom; exit 3"), Map.of(), state);
        assertThatThrownBy(() -> supervisor().waitFor("child", Duration.ofSeconds(30), () -> false))
                .hasMessageContaining("child exited during start-up")
                .hasMessageContaining(supervisor().logFile("child").toString());
    }

    @Test
    void shouldRefuseACommandWithoutTheMarker() {
        assertThatThrownBy(() -> supervisor().start("child", List.of("sleep", "1"), Map.of(), state))
                .hasMessageContaining("must carry -Dkuopas.suite=");
    }

    @Test
    void shouldReadHealthOverHttp() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/up", exchange -> respond(exchange, 200, "{\"status\": \"UP\", \"checks\": []}"));
        server.createContext("/down", exchange -> respond(exchange, 503, "{\"status\": \"DOWN\"}"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(Supervisor.health(base + "/up")).isEqualTo("UP");
            assertThat(Supervisor.health(base + "/down")).isEqualTo("DOWN(503)");
        } finally {
            server.stop(0);
        }
        assertThat(Supervisor.health("http://127.0.0.1:" + server.getAddress().getPort() + "/up")).isEqualTo("-");
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void writePid(String name, long pid) throws IOException {
        Files.createDirectories(supervisor().pidFile(name).getParent());
        Files.writeString(supervisor().pidFile(name), pid + "\n");
    }

    private boolean logContains(String name, String text) {
        try {
            return Files.readString(supervisor().logFile(name)).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
