package fi.kuopas.privacy.dsr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text of a register's DSR answer as a stable code of the shared vocabulary ({@link DsrCode}) with its
 * parameters, so the gateway can word it in the subject's language (fi, sv, en). Parameter values are
 * data (a lease number, a date as yyyy-MM-dd) or themselves codes of the vocabulary (a channel, a field).
 */
@Schema(name = "DsrText")
public record DsrText(@Schema(example = "kept.legal-obligation.accounting-act") String code, Map<String, String> params) {

    public DsrText {
        Objects.requireNonNull(code, "code");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A text of the vocabulary with its parameters given as name, value, name, value… (null values dropped). */
    public static DsrText of(DsrCode code, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name, value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                params.put(nameValues[i], nameValues[i + 1]);
            }
        }
        for (String name : code.params()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException(code.code() + " needs the parameter " + name);
            }
        }
        return new DsrText(code.code(), params);
    }

    /** The English wording: the free text the SPI carried before codes, kept for older clients. */
    public String english() {
        return DsrCode.find(code).map(c -> c.english(params)).orElse(code);
    }
}
