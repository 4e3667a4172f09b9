package fi.kuopas.privacy.subject;

import fi.kuopas.privacy.config.PrivacyConfig;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subject keys: a blind index (HMAC-SHA256 with a secret pepper) of normalised identifiers.
 * Services store and search by these keys, and events carry them, so raw identity codes never
 * travel or get indexed. Each identifier kind has its own prefix so an email and a phone
 * number can never collide.
 */
@ApplicationScoped
public class SubjectKeys {

    /**
     * Compiled once: {@code String.replaceAll} compiles its pattern on every call, and a bulk import
     * normalises several values a row (see docs/benchmarks.md, PMS import profile).
     */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-.]");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");
    private static final Locale FINNISH = new Locale("fi");
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] pepper;
    /**
     * One keyed MAC per thread, made once: looking the algorithm up and keying it for every value was
     * a measurable share of a bulk import's CPU. {@code doFinal} leaves the MAC reset for the next value.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Inject
    public SubjectKeys(PrivacyConfig config) {
        this(config.pepper());
    }

    public SubjectKeys(String pepper) {
        if (pepper == null || pepper.length() < 16) {
            throw new IllegalStateException("kuopas.privacy.pepper must be at least 16 characters");
        }
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    public String ofIdentityCode(PersonalIdentityCode code) {
        return key("pic", code.value());
    }

    public String ofEmail(String email) {
        return key("email", normaliseEmail(email));
    }

    public String ofPhone(String phone) {
        return key("phone", normalisePhone(phone));
    }

    /** Name alone identifies nobody; together with the birth date it is a usable key. */
    public String ofNameAndBirthDate(String name, LocalDate birthDate) {
        return key("name", normaliseName(name) + "|" + birthDate);
    }

    /** An anonymous device id (cookie consent of a website visitor). */
    public String ofDevice(String deviceId) {
        return key("device", deviceId.strip());
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Finnish numbers: spaces, dashes and brackets dropped, a leading 0 becomes +358. */
    public static String normalisePhone(String phone) {
        String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+358" + digits.substring(1);
        }
        return digits;
    }

    public static String normaliseName(String name) {
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return WHITESPACE_RUNS.matcher(composed).replaceAll(" ").toLowerCase(FINNISH);
    }

    private String key(String kind, String normalised) {
        byte[] digest = macs.get().doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8));
        return kind + "_" + HEX.formatHex(digest);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
