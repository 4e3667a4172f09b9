package fi.kuopas.gateway.service;

import fi.kuopas.gateway.documents.Msg;
import fi.kuopas.gateway.documents.Texts;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.registers.RegisterClients;
import fi.kuopas.privacy.dsr.RegisterDescription;
import fi.kuopas.privacy.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Assembles the privacy notice from every configured register's description, asked in parallel.
 * A notice missing a register is never passed off as complete: the caller learns which are
 * unavailable. Complete notices are reused for a while, so public traffic does not reach the registers.
 */
@ApplicationScoped
public class PrivacyNotices {

    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final GatewayConfig config;
    private final RegisterClients clients;
    private final RegisterDirectory registers;
    private final ExecutorService pool;
    private final Map<String, PrivacyNotice> cache = new ConcurrentHashMap<>();
    private final Map<String, String> knownNames = new ConcurrentHashMap<>();

    public PrivacyNotices(GatewayConfig config, RegisterClients clients, RegisterDirectory registers) {
        this.config = config;
        this.clients = clients;
        this.registers = registers;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(registers.all().size(), 8)), r -> {
            Thread t = new Thread(r, "privacy-notice");
            t.setDaemon(true);
            return t;
        });
    }

    /** The registers' descriptions, and the public labels of those that could not be reached. */
    public record Assembly(PrivacyNotice notice, List<String> unavailable) {
        public boolean complete() {
            return unavailable.isEmpty();
        }
    }

    public Assembly assemble(String lang) {
        String language = language(lang);
        PrivacyNotice cached = cache.get(language);
        if (cached != null && cached.assembledAt().plus(config.noticeCacheTtl()).isAfter(Instant.now())) {
            return new Assembly(cached, List.of());
        }
        List<URI> urls = registers.urls();
        List<CompletableFuture<RegisterDescription>> calls = urls.stream()
                .map(url -> CompletableFuture.supplyAsync(() -> clients.of(url.toString())
                        .call(spi -> spi.describe(language), RegisterDescription.class), pool))
                .toList();
        List<RegisterDescription> found = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i).toString();
            try {
                RegisterDescription d = calls.get(i).join();
                found.add(d);
                if (d.name() != null) {
                    knownNames.put(url, d.name());
                }
            } catch (CompletionException e) {
                Log.warnf("register description of %s unavailable: %s", url, e.getCause().getClass().getSimpleName());
                unavailable.add(knownNames.getOrDefault(url, "register " + (i + 1) + " of " + urls.size()));
            }
        }
        PrivacyNotice notice = notice(language, found);
        if (unavailable.isEmpty()) {
            cache.put(language, notice);
        }
        return new Assembly(notice, unavailable);
    }

    /** The JSON notice is all or nothing: 503 naming what is missing. */
    public PrivacyNotice complete(String lang) {
        Assembly a = assemble(lang);
        if (!a.complete()) {
            throw new ProblemException(503, "register-unavailable", "Privacy notice incomplete",
                    "the description of " + String.join(", ", a.unavailable())
                            + " cannot be fetched right now; the notice is not served incomplete. Try again later.");
        }
        return a.notice();
    }

    public static String language(String lang) {
        String language = lang == null || lang.isBlank() ? "fi" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw ProblemException.badRequest("lang must be one of fi, sv, en");
        }
        return language;
    }

    void onStop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }

    private static PrivacyNotice notice(String language, List<RegisterDescription> registers) {
        Msg texts = Texts.msg(language);
        RegisterDescription first = registers.isEmpty() ? null : registers.get(0);
        return new PrivacyNotice(language, Instant.now(), first == null ? null : first.controller(),
                first == null ? null : first.dpoContact(), texts.rights_text(), texts.complaint_text(),
                texts.automated_text(), List.copyOf(registers));
    }

    /** The registers' descriptions as far as they can be had now (cached); a register that is down is simply missing. */
    public List<RegisterDescription> descriptions(String lang) {
        return assemble(lang).notice().registers();
    }
}
