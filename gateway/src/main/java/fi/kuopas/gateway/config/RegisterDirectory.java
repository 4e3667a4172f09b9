package fi.kuopas.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The registers the gateway asks, each with its name (the audience of its case grants) and base URL. */
@ApplicationScoped
public class RegisterDirectory {

    /** One register. */
    public record Entry(String name, URI url) {
    }

    private final List<Entry> entries;

    public RegisterDirectory(GatewayConfig config) {
        this.entries = parse(config.registers());
    }

    static List<Entry> parse(List<String> configured) {
        List<Entry> entries = new ArrayList<>();
        for (String item : configured) {
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new IllegalStateException("kuopas.gateway.registers: each entry must be name=url (e.g. customer=http://localhost:8081)");
            }
            entries.add(new Entry(item.substring(0, eq).strip(), URI.create(item.substring(eq + 1).strip())));
        }
        return List.copyOf(entries);
    }

    public List<Entry> all() {
        return entries;
    }

    public List<URI> urls() {
        return entries.stream().map(Entry::url).toList();
    }

    /** The register's name for a base URL, as the grant audience. */
    public String nameOf(String url) {
        return entries.stream().filter(e -> e.url().toString().equals(url)).map(Entry::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("no register configured at " + url));
    }
}
