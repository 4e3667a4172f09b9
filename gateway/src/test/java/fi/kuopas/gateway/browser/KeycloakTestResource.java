package fi.kuopas.gateway.browser;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak (the official distribution, unpacked by the build into target/keycloak) with the
 * local realm infra/keycloak/kuopas-realm.json, for the console's authorization-code login. Needs a
 * JDK 21+: KEYCLOAK_JAVA_HOME, else the first /usr/lib/jvm entry that is 21 or newer. Started once for
 * the browser suite; its H2 database is fresh every time.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_SECRET = "console-demo-secret-for-local-development-only";

    private Process process;
    private int port;

    @Override
    public Map<String, String> start() {
        try {
            Path home = Files.list(Path.of("target/keycloak")).filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("target/keycloak/keycloak-* missing: run through Maven"));
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            // The realm as in infra/, except that the console may come back to the test's random port.
            String realm = Files.readString(Path.of("../infra/keycloak/kuopas-realm.json"))
                    .replace("\"http://localhost:18480/console/*\"", "\"http://localhost:*\", \"*\"");
            Files.writeString(data.resolve("import/kuopas-realm.json"), realm);
            port = freePort();
            Path java = java21();
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                    "--http-host=127.0.0.1", "--hostname=http://localhost:" + port, "--import-realm")
                    .redirectErrorStream(true).redirectOutput(Path.of("target/keycloak-browser-tests.log").toFile());
            pb.environment().put("JAVA", java.toString());
            pb.environment().put("JAVA_HOME", java.getParent().getParent().toString());
            pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Files.setPosixFilePermissions(home.resolve("bin/kc.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
            process = pb.start();
            String issuer = "http://localhost:" + port + "/realms/kuopas";
            awaitUp(URI.create(issuer + "/.well-known/openid-configuration"), Duration.ofSeconds(300));
            return Map.of("quarkus.oidc.console.auth-server-url", issuer,
                    "quarkus.oidc.console.client-id", "kuopas-console",
                    "quarkus.oidc.console.credentials.secret", CLIENT_SECRET,
                    "quarkus.oidc.console.token.issuer", issuer,
                    "keycloak.browser.url", "http://localhost:" + port);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
    }

    private void awaitUp(URI uri, Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: see gateway/target/keycloak-browser-tests.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not up within " + atMost + ": see gateway/target/keycloak-browser-tests.log");
    }

    private static Path java21() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "bin/java");
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"), "bin/java");
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            List<Path> found = jdks.filter(p -> Files.isExecutable(p.resolve("bin/java")))
                    .filter(p -> p.getFileName().toString().matches(".*-(2[1-9]|[3-9][0-9])(-|\\.|$).*")).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("Keycloak needs a JDK 21+: set KEYCLOAK_JAVA_HOME");
            }
            return found.get(found.size() - 1).resolve("bin/java");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
