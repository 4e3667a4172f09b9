package fi.kuopas.gateway.documents;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of one language: the {@link Msg} bundle (also by key, for field labels and enum values),
 * and dates in that language's format (Finnish and Swedish 1.3.2026, English 1 March 2026).
 */
public final class Texts {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** Record fields naming staff members: never shown to a subject (roles only, C-579/21). */
    static final Set<String> STAFF_FIELDS = Set.of("decidedBy", "recordedBy", "requestedBy", "userName", "collectedBy",
            "performedBy", "handedOverBy", "createdBy", "answeredBy", "approvedBy", "openedBy", "updatedBy");

    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{5,}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

    private final String language;
    private final Msg msg;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Texts(String language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.msg = MessageBundles.get(Msg.class, Localized.Literal.of(language));
        Locale locale = Locale.forLanguageTag(language);
        this.date = DateTimeFormatter.ofPattern("en".equals(language) ? "d MMMM yyyy" : "d.M.yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern(switch (language) {
            case "fi" -> "d.M.yyyy 'klo' H.mm";
            case "sv" -> "d.M.yyyy 'kl.' H.mm";
            default -> "d MMMM yyyy, HH:mm";
        }, locale);
    }

    /** The bundle in a language (fi, sv or en). */
    public static Msg msg(String language) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(language));
    }

    public static Texts of(String language, ZoneId zone) {
        return new Texts(LANGUAGES.contains(language) ? language : "fi", zone);
    }

    public String language() {
        return language;
    }

    public Msg msg() {
        return msg;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of a no-argument key, or null when the bundle has no such key. */
    public String text(String key) {
        Method m = METHODS.computeIfAbsent(key, k -> {
            try {
                return Msg.class.getMethod(k);
            } catch (NoSuchMethodException e) {
                return NONE;
            }
        });
        if (m == NONE) {
            return null;
        }
        try {
            return (String) m.invoke(msg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("message " + key, e);
        }
    }

    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public String date(Instant at) {
        return at == null ? null : date.format(at.atZone(zone));
    }

    public String date(LocalDate day) {
        return day == null ? null : date.format(day);
    }

    public String dateTime(Instant at) {
        return at == null ? null : dateTime.format(at.atZone(zone));
    }

    /** A register's field name as a label: the bundle's {@code field_*}, else the words of the name. */
    public String fieldLabel(String field) {
        String known = text("field_" + field);
        if (known != null) {
            return known;
        }
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /**
     * A register's code ({@link CodeTexts}) in this language, its parameters worded too: a value that is
     * itself a code ({@code channel} {@code EMAIL} is {@code channel.EMAIL}), a field name as its label, a
     * date in this language's format. Without a text for the code: the register's English words.
     */
    public String code(String code, Map<String, String> params, String english) {
        return CodeTexts.text(language, code, params, english, (name, value) -> {
            String asCode = name + "." + value;
            if (CodeTexts.knows(language, asCode)) {
                return CodeTexts.text(language, asCode, Map.of(), value, (n, v) -> v);
            }
            if ("field".equals(name)) {
                return fieldLabel(value);
            }
            return DATE.matcher(value).matches() ? value(value) : value;
        });
    }

    /** Staff roles (never names) as the subject reads them: "customer-service" is "asiakaspalvelu" in Finnish. */
    public String roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(roles.split("[,\\s]+")).filter(r -> !r.isBlank())
                .map(r -> java.util.Objects.requireNonNullElse(text("staff_" + r.replace('-', '_')), r))
                .distinct().collect(Collectors.joining(", "));
    }

    /** A record value as a person reads it: dates formatted, yes/no, enums as words, lists joined; null if empty. */
    public String value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? msg.yes() : msg.no();
        }
        if (v instanceof Collection<?> c) {
            String joined = c.stream().map(this::value).filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "));
            return joined.isBlank() ? null : joined;
        }
        if (v instanceof Map<?, ?> m) {
            String joined = m.entrySet().stream().filter(e -> !STAFF_FIELDS.contains(String.valueOf(e.getKey())))
                    .map(e -> {
                        String value = value(e.getValue());
                        return value == null ? null : fieldLabel(String.valueOf(e.getKey())) + ": " + value;
                    }).filter(x -> x != null).collect(Collectors.joining("; "));
            return joined.isBlank() ? null : joined;
        }
        String s = v.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        if (TIMESTAMP.matcher(s).matches()) {
            try {
                return dateTime(OffsetDateTime.parse(s).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return dateTime(Instant.parse(s));
                } catch (DateTimeParseException ignored) {
                    return s;
                }
            }
        }
        if (DATE.matcher(s).matches()) {
            try {
                return date(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (s.matches("[A-Z][A-Z0-9_]*")) {
            String known = text("value_" + s);
            if (known != null) {
                return known;
            }
        }
        if (ENUM.matcher(s).matches()) {
            return s.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        return s;
    }
}
