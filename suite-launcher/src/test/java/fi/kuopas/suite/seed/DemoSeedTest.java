package fi.kuopas.suite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.suite.seed.SeedClient.Reply;
import fi.kuopas.suite.seed.SeedClient.SeedFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seeder's own rules; that it seeds the running suite is shown by bin/smoke (seeded twice). */
class DemoSeedTest {

    private static final Pattern IDENTITY_CODE = Pattern.compile("\"(\\d{6}[-+ABCDEFUVWXY](\\d{3})[0-9A-Y])\"");
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Test
    void shouldUseOnlyTestRangeIdentityCodesApartFromTheDemoSubject() throws Exception {
        String source = Files.readString(Path.of("src/main/java/fi/kuopas/suite/seed/DemoSeed.java"));
        Matcher m = IDENTITY_CODE.matcher(source);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            String code = m.group(1);
            codes.add(code);
            int n = Integer.parseInt(code.substring(0, 6) + m.group(2));
            assertThat(code.charAt(10)).as("check character of %s", code).isEqualTo(CHECK.charAt(n % 31));
            if (!code.equals(DemoSeed.DEMO_PIC)) {
                assertThat(Integer.parseInt(m.group(2))).as("individual number of %s (DVV test range)", code).isBetween(900, 999);
            }
        }
        assertThat(codes).hasSizeGreaterThan(10).contains(DemoSeed.DEMO_PIC);
    }

    @Test
    void shouldTakeAnObjectsOwnIdBeforeItsChildrenAndNoneFromAnEmptyList() throws Exception {
        var json = SeedClient.JSON.readTree("{\"applicant\":{\"id\":\"child\"},\"id\":\"own\"}");
        assertThat(new Reply("x", 201, json).firstId()).isEqualTo("own");
        assertThat(new Reply("x", 200, SeedClient.JSON.readTree("[{\"name\":\"a\",\"org\":{\"id\":\"o1\"}},{\"id\":\"p2\"}]")).firstId())
                .isEqualTo("o1");
        assertThat(new Reply("x", 200, SeedClient.JSON.readTree("[]")).firstId()).isNull();
    }

    @Test
    void shouldNameTheStepAndTheServicesAnswerWhenAStatusIsNotExpected() throws Exception {
        Reply refused = new Reply("customer seed: resident 3", 400, SeedClient.JSON.readTree("{\"title\":\"Bad Request\"}"));
        assertThatThrownBy(() -> refused.expect(201, 409)).isInstanceOf(SeedFailure.class)
                .hasMessageContaining("resident 3").hasMessageContaining("HTTP 400").hasMessageContaining("Bad Request");
        assertThat(new Reply("x", 409, null).expect(201, 409).is(409)).isTrue();
    }

    @Test
    void shouldBuildJsonWithNullsNestedObjectsAndListsAndAsciiEmails() {
        var body = DemoSeed.obj("endDate", null, "source", DemoSeed.obj("origin", "OTHER"), "ids", List.of("a", "b"), "n", 2.5);
        assertThat(body.toString()).isEqualTo("{\"endDate\":null,\"source\":{\"origin\":\"OTHER\"},\"ids\":[\"a\",\"b\"],\"n\":2.5}");
        assertThat(DemoSeed.ascii("Kärkkäinen.Väisänen.Åström")).isEqualTo("Karkkainen.Vaisanen.Astrom");
    }
}
