package fi.kuopas.privacy.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.kuopas.privacy.config.ControllerConfig;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Loads a service's register description from {@code register-description/<lang>.json} on its
 * classpath. The texts are each register's own; two things come from configuration so the notice
 * can never drift from what the software does: the controller's details ({@link ControllerConfig})
 * and every {@code ${property}} placeholder in a text (e.g. a retention period the retention job
 * uses). A placeholder naming no property fails loudly rather than printing a wrong notice.
 */
@ApplicationScoped
public class RegisterDescriptions {

    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9._-]+)}");

    private final ObjectMapper mapper;
    private final ControllerConfig controller;
    private final Config config;
    private final Map<String, RegisterDescription> cache = new ConcurrentHashMap<>();

    public RegisterDescriptions(ObjectMapper mapper, ControllerConfig controller, Config config) {
        this.mapper = mapper;
        this.controller = controller;
        this.config = config;
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
            ObjectNode tree = (ObjectNode) mapper.readTree(in);
            resolve(tree);
            tree.set("controller", mapper.valueToTree(new RegisterDescription.Controller(controller.name(),
                    controller.businessId(), controller.address(), controller.email(), controller.phone())));
            return mapper.treeToValue(tree, RegisterDescription.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resolve(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(substitute(field.getValue().asText())));
                } else {
                    resolve(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(substitute(array.get(i).asText())));
                } else {
                    resolve(array.get(i));
                }
            }
        }
    }

    /** Replaces each {@code ${property}} with its configured value. */
    String substitute(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = config.getOptionalValue(m.group(1), String.class).orElseThrow(() ->
                    new IllegalStateException("register description names an unknown property " + m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
