package fi.kuopas.customer.integration;

import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offline stand-in for the DVV population information system: a deterministic address per
 * identity code, a protected address (turvakielto) for individual numbers ending in 7, and an
 * outage for individual number 913. Replaced by a real client in production.
 */
@ApplicationScoped
public class FakePopulationRegister implements PopulationRegister {

    private static final List<String> STREETS = List.of("Mannerheimintie", "Hämeentie", "Itäinen Pitkäkatu",
            "Kauppakatu", "Aleksanterinkatu", "Yliopistonkatu", "Satamakatu", "Rautatienkatu");
    private static final List<String[]> CITIES = List.of(new String[] {"00100", "Helsinki"},
            new String[] {"20100", "Turku"}, new String[] {"33100", "Tampere"}, new String[] {"40100", "Jyväskylä"},
            new String[] {"90100", "Oulu"}, new String[] {"70100", "Kuopio"});

    private final long latencyMs;

    public FakePopulationRegister(@ConfigProperty(name = "kuopas.customer.fake-sources.latency-ms", defaultValue = "40") long latencyMs) {
        this.latencyMs = latencyMs;
    }

    @Override
    public PopulationRecord lookup(PersonalIdentityCode code, String purpose) {
        FakeCreditInformationRegister.pause(latencyMs);
        int individual = Integer.parseInt(code.value().substring(7, 10));
        if (individual == 913) {
            throw new SourceUnavailableException(SOURCE);
        }
        int h = Math.abs(code.value().hashCode());
        String[] city = CITIES.get(h % CITIES.size());
        String street = STREETS.get((h / 7) % STREETS.size()) + " " + (1 + h % 60) + " A " + (1 + h % 30);
        return new PopulationRecord(street, city[0], city[1], individual % 10 == 7, Instant.now());
    }
}
