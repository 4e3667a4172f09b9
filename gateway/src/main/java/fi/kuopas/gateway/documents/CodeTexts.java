package fi.kuopas.gateway.documents;

import fi.kuopas.privacy.dsr.DsrCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The registers' codes (privacy-kit {@link DsrCode}: categories, reasons, legal references, applied and
 * refused changes, access-log record types and purposes) worded in fi, sv and en, one bundle a language:
 * {@code dsr-codes/codes_<lang>.properties}. {@code MessageBundleKeysTest} fails on a code of the
 * vocabulary without a text in any of the three. A code no bundle knows (a register newer than this
 * gateway) is shown in the register's English words and logged, by its code only.
 */
public final class CodeTexts {

    private static final Logger LOG = Logger.getLogger(CodeTexts.class);
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SAFE_CODE = Pattern.compile("[a-zA-Z0-9._-]{1,80}");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private CodeTexts() {
    }

    /** The bundle of a language (fi, sv or en). */
    public static Properties bundle(String language) {
        return BUNDLES.computeIfAbsent(language, CodeTexts::load);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String path = "/dsr-codes/codes_" + language + ".properties";
        try (InputStream in = CodeTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether the language's bundle words the code. */
    static boolean knows(String language, String code) {
        return code != null && bundle(language).getProperty(code) != null;
    }

    /**
     * The code in the language with its parameters filled in, each worded by {@code param} (name, value);
     * the English fallback when the bundle has no such code (logged without the text or the parameters,
     * which may be personal data).
     */
    static String text(String language, String code, Map<String, String> params, String fallback,
            BiFunction<String, String, String> param) {
        String template = code == null ? null : bundle(language).getProperty(code);
        if (template == null) {
            if (code != null) {
                LOG.warnf("no %s text for the DSR code %s: shown in the register's English words", language,
                        SAFE_CODE.matcher(code).matches() ? code : "(malformed code)");
            }
            return fallback;
        }
        Map<String, String> values = params == null ? Map.of() : params;
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : param.apply(m.group(1), value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
