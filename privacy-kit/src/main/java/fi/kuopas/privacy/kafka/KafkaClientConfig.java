package fi.kuopas.privacy.kafka;

import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client settings every Kafka client of a service shares: all {@code kafka.*} configuration
 * properties with the prefix removed (bootstrap servers, security protocol, SASL mechanism and
 * the JAAS login of the service's own principal). SmallRye Reactive Messaging channels read the
 * same {@code kafka.*} properties as their defaults, so a plain client and a channel always
 * authenticate alike.
 */
public final class KafkaClientConfig {

    private static final String PREFIX = "kafka.";

    private KafkaClientConfig() {
    }

    public static Properties fromConfig() {
        return fromConfig(ConfigProvider.getConfig());
    }

    public static Properties fromConfig(Config config) {
        Properties p = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(v -> p.put(name.substring(PREFIX.length()), v));
            }
        }
        return p;
    }
}
