package fi.kuopas.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.dsr.DsrCode;
import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in fi, sv and en: a key missing (or left empty) in any bundle fails the build. */
class MessageBundleKeysTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private static Set<String> keys() {
        return Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleKeysTest.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
            assertThat(in).as("messages/msg_%s.properties", lang).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void shouldHaveEveryEnglishKeyInFinnishAndSwedishAndNoOthers() throws IOException {
        Set<String> keys = keys();
        assertThat(keys).hasSizeGreaterThan(100);
        for (String lang : List.of("fi", "sv")) {
            Properties p = bundle(lang);
            assertThat(new TreeSet<>(p.stringPropertyNames())).as("keys of msg_%s", lang).isEqualTo(keys);
            for (String key : keys) {
                assertThat(p.getProperty(key)).as("%s in msg_%s", key, lang).isNotBlank();
            }
        }
    }

    /**
     * Quarkus 3.33's bundle generator splits the lookup of more than 300 keys into chunks and the
     * result fails class verification at start-up (VerifyError in Msg_Bundle_resolve_0): a new text
     * beyond 300 goes into a second bundle.
     */
    @Test
    void shouldStayWithinTheKeysOneGeneratedBundleCanHold() {
        assertThat(keys()).hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void shouldHaveAnEnglishTextForEveryKey() {
        for (Method m : Msg.class.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            assertThat(message).as(m.getName()).isNotNull();
            assertThat(message.value()).as(m.getName()).isNotBlank();
        }
    }

    @Test
    void shouldUseTheSameParametersInEveryLanguage() throws IOException {
        for (Method m : Msg.class.getDeclaredMethods()) {
            Set<String> english = params(m.getAnnotation(Message.class).value());
            for (String lang : List.of("fi", "sv")) {
                assertThat(params(bundle(lang).getProperty(m.getName()))).as("parameters of %s in msg_%s", m.getName(), lang)
                        .isEqualTo(english);
            }
        }
    }

    @Test
    void shouldKnowEveryKeyTheTemplatesUse() throws IOException {
        Set<String> keys = keys();
        Pattern used = Pattern.compile("\\{msg:(\\w+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(keys).as("{msg:%s} in %s", m.group(1), file).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void shouldWordEveryCodeARegisterCanSendInFinnishSwedishAndEnglish() {
        for (String lang : List.of("fi", "sv", "en")) {
            Properties p = CodeTexts.bundle(lang);
            Set<String> codes = Arrays.stream(DsrCode.values()).map(DsrCode::code).collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(p.stringPropertyNames())).as("codes in dsr-codes/codes_%s", lang).isEqualTo(codes);
            for (DsrCode code : DsrCode.values()) {
                String text = p.getProperty(code.code());
                assertThat(text).as("%s in codes_%s", code.code(), lang).isNotBlank();
                assertThat(params(text)).as("parameters of %s in codes_%s", code.code(), lang)
                        .isEqualTo(new TreeSet<>(code.params()));
            }
        }
    }

    private static Set<String> params(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAM.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
