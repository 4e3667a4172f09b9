package fi.kuopas.privacy.dsr;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a service's register description from {@code register-description/<lang>.json} on its
 * classpath. The content is each register's own; this is only the loading and language rule.
 */
@ApplicationScoped
public class RegisterDescriptions {

    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final ObjectMapper mapper;
    private final Map<String, RegisterDescription> cache = new ConcurrentHashMap<>();

    public RegisterDescriptions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public RegisterDescription get(String lang) {
        String language = lang == null || lang.isBlank() ? "fi" : lang.strip().toLowerCase();
        if (!LANGUAGES.contains(language)) {
            throw ProblemException.badRequest("lang must be one of fi, sv, en");
        }
        return cache.computeIfAbsent(language, this::load);
    }

    private RegisterDescription load(String language) {
        String path = "register-description/" + language + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return mapper.readValue(in, RegisterDescription.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
