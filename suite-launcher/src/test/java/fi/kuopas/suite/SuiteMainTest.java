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
    void envPrintsShellExportsForQuarkusDevOfOneService() {
        assertThat(run(Map.of("PG_PORT", "17432", "CONSENT_PORT", "17415"), "env", "consent-service")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("export QUARKUS_HTTP_PORT='17415'")
                .contains("export DB_URL='jdbc:postgresql://127.0.0.1:17432/consent'")
                .contains("export KAFKA_PASSWORD='consent-service-DEMO-ONLY-kafka'")
                .contains("./mvnw quarkus:dev -pl consent-service");
    }

    @Test
    void anUnknownServiceOrABadPortIsAClearErrorWithExitCode2() {
        assertThat(run(Map.of(), "env", "billing")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown service 'billing'").contains("customer, personnel");
        assertThat(run(Map.of("KAFKA_PORT", "x"), "ports")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("KAFKA_PORT=x is not a number");
    }

    @Test
    void portsListsEveryPortVariable() {
        assertThat(run(Map.of("KAFKA_PORT", "17450"), "ports")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("KAFKA_PORT=17450\n", "KAFKA_CONTROLLER_PORT=17451\n", "PG_PORT=15432\n");
    }

    @Test
    void valuesWithQuotesAreQuotedForTheShell() {
        assertThat(SuiteMain.shellQuote("a'b")).isEqualTo("'a'\\''b'");
    }
}
