package fi.kuopas.gateway.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.inject.Inject;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser: Debian's headless Chromium driven by Playwright (npm
 * playwright-core, executablePath = the system chromium, never a downloaded browser), logging in
 * through the real Keycloak login page. Scenarios in src/test/browser/console.e2e.mjs; screenshots
 * and the downloaded PDF in target/browser-tests/. Keycloak starts once for this class.
 */
@QuarkusTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ConsoleBrowserTest {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Path OUT = Path.of("target/browser-tests");

    private static final String MATCH_EMAIL = "perhe.selain@example.fi";

    @TestHTTPResource("/")
    URL base;

    @Inject
    SubjectKeys keys;

    @Inject
    RegisterDirectory registers;

    @Test
    void shouldLetADpoWorkCasesInTheBrowserAndRefuseOthers() throws IOException, InterruptedException {
        installPlaywright();
        String overdue = Cases.open(Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"receivedAt\": \"2026-01-02T08:00:00Z\", \"details\""));
        // The customer register finds a record through the family email, which strong identification does not prove.
        StubMapping match = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.claimed[?(@ == '" + keys.ofEmail(MATCH_EMAIL) + "')]"))
                .willReturn(okJson("""
                        {"register": "customer", "subjectFound": true, "producedAt": "2026-11-26T10:00:00Z", "categories": [],
                         "accessLog": [],
                         "possibleMatches": [{"register": "customer", "recordKind": "person", "matchedIdentifiers": ["EMAIL"],
                                              "hint": "L. H., born 1975"}]}
                        """)));
        Files.createDirectories(OUT);
        ProcessBuilder pb = new ProcessBuilder("node", "console.e2e.mjs").directory(SCRIPTS.toFile()).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("console.e2e.log").toFile());
        String url = base.toString().replaceAll("/$", "").replace("127.0.0.1", "localhost");
        pb.environment().put("BASE_URL", url);
        pb.environment().put("OVERDUE_ID", overdue);
        pb.environment().put("MATCH_EMAIL", MATCH_EMAIL);
        pb.environment().put("REGISTERS", String.join(",", registers.all().stream().map(RegisterDirectory.Entry::name).toList()));
        pb.environment().put("OUT_DIR", OUT.toAbsolutePath().toString());
        pb.environment().put("CHROMIUM", chromium());
        Instant start = Instant.now();
        Process node = pb.start();
        boolean finished = node.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        Registers.customer().removeStubMapping(match);
        String log = Files.readString(OUT.resolve("console.e2e.log"));
        System.out.println("browser scenarios (" + Duration.between(start, Instant.now()).toSeconds() + " s):\n" + log);
        assertThat(finished).as("browser scenarios finished in time:\n" + log).isTrue();
        assertThat(node.exitValue()).as("browser scenarios:\n" + log).isZero();
        try (PDDocument pdf = Loader.loadPDF(OUT.resolve("report-sv.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Matti Meikäläinen", "Svar på din begäran om dataskydd");
        }
        try (PDDocument pdf = Loader.loadPDF(OUT.resolve("report-fi-match.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Matti Meikäläinen");
        }
        for (String shot : new String[] {"01-keycloak-login.png", "02-cases.png", "05-report-sv-phone.png", "06-erasure-preview.png",
                "08-overdue.png", "09-non-dpo-refused.png", "10-possible-match.png", "12-answered.png", "13-audit.png",
                "14-retention.png", "15-retention-phone.png"}) {
            assertThat(OUT.resolve(shot)).exists();
        }
    }

    /** playwright-core from npm into src/test/browser/node_modules, once (no browser is downloaded). */
    private static void installPlaywright() throws IOException, InterruptedException {
        if (Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(SCRIPTS.toFile())
                .redirectErrorStream(true).redirectOutput(Path.of("target/npm-install.log").toFile()).start();
        assertThat(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0).as("npm install in src/test/browser "
                + "(see target/npm-install.log)").isTrue();
    }

    private static String chromium() {
        for (String candidate : new String[] {System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Debian's chromium is needed for the browser tests: apt-get install -y chromium");
    }
}
