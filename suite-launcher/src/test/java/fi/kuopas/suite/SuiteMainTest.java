package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return SuiteMain.run(args, new SuiteTopology(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintShellExportsForQuarkusDevOfOneServiceFromEnv() {
        assertThat(run(Map.of("PG_PORT", "17432", "CONSENT_PORT", "17415"), "env", "consent-service")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("export QUARKUS_HTTP_PORT='17415'")
                .contains("export DB_URL='jdbc:postgresql://127.0.0.1:17432/consent'")
                .contains("export KAFKA_PASSWORD='consent-service-DEMO-ONLY-kafka'")
                .contains("./mvnw quarkus:dev -pl consent-service");
    }

    @Test
    void shouldAnswerAnUnknownServiceOrABadPortWithAClearErrorAndExitCode2() {
        assertThat(run(Map.of(), "env", "billing")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown service 'billing'").contains("customer, personnel");
        assertThat(run(Map.of("KAFKA_PORT", "x"), "ports")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("KAFKA_PORT=x is not a number");
    }

    @Test
    void shouldListEveryPortVariableInPorts() {
        assertThat(run(Map.of("KAFKA_PORT", "17450"), "ports")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("KAFKA_PORT=17450\n", "KAFKA_CONTROLLER_PORT=17451\n", "PG_PORT=15432\n");
    }

    @Test
    void shouldExitWith0OnHelpAndPrintTheUsageWithExitCode2OnAnUnknownCommand() {
        assertThat(run(Map.of(), "help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bin/suite up", "bin/suite infra", "bin/suite env SERVICE",
                "bin/suite down", "bin/suite status", "bin/suite token USER", "bin/suite logs", "bin/suite ps",
                "bin/suite reset", "SUITE_SKIP_SEED", "SERVICE_JAVA_OPTS=\"" + SuiteTopology.DEFAULT_SERVICE_JAVA_OPTS + "\"");
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bin/suite up");
    }

    @Test
    void shouldReportAFailureAsAnErrorLineWithExitCode1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root) {
        assertThat(SuiteMain.run(new String[] {"token"}, new SuiteTopology(Map.of()), root,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: usage: bin/suite token USER");
        assertThat(SuiteMain.run(new String[] {"logs", "nobody"}, new SuiteTopology(Map.of()), root,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: no log 'nobody'");
    }

    @Test
    void shouldSayNothingRunsWithExitCode0InTheStatusOfAnEmptyCheckout(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root) {
        // Ports nobody listens on in a test (the brief's range +1000 would be someone else's): unlikely to be open.
        SuiteTopology t = new SuiteTopology(Map.of("PG_PORT", "1", "KAFKA_PORT", "2", "KEYCLOAK_PORT", "4",
                "GATEWAY_PORT", "5", "CUSTOMER_PORT", "6", "PERSONNEL_PORT", "7", "STAKEHOLDER_PORT", "8",
                "CCTV_PORT", "9", "CONSENT_PORT", "11"));
        assertThat(SuiteMain.run(new String[] {"status"}, t, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("customer", "stopped", "(nothing running; start with bin/suite up)");
    }

    @Test
    void shouldUseTheCheckoutAsSuiteRootElseWhereTheLauncherLives() {
        assertThat(SuiteMain.root(Map.of("SUITE_ROOT", "/tmp/x/../checkout"))).isEqualTo(java.nio.file.Path.of("/tmp/checkout"));
        // In tests the code source is suite-launcher/target/classes: the checkout is the parent of suite-launcher.
        assertThat(SuiteMain.root(Map.of()).resolve("suite-launcher/pom.xml")).exists();
    }

    @Test
    void shouldQuoteValuesWithQuotesForTheShell() {
        assertThat(SuiteMain.shellQuote("a'b")).isEqualTo("'a'\\''b'");
    }
}
