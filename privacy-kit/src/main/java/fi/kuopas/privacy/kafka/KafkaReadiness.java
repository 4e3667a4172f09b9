package fi.kuopas.privacy.kafka;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka readiness with a hard bound (kuopas.kafka.health.timeout, default 3 s): during a broker
 * outage the probe answers DOWN in time instead of hanging. Enabled with
 * kuopas.kafka.health.enabled=true (services that produce or consume). Logs in as the service's
 * own principal, like every other client.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final boolean enabled;
    private final long timeoutMs;
    private final Properties kafkaClient;
    private Admin admin;

    @jakarta.inject.Inject
    public KafkaReadiness(@ConfigProperty(name = "kuopas.kafka.health.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "kuopas.kafka.health.timeout", defaultValue = "3s") java.time.Duration timeout) {
        this(enabled, timeout, KafkaClientConfig.fromConfig());
    }

    /** A check with explicit client settings (e.g. a test pointing it at a broker that is down). */
    public KafkaReadiness(boolean enabled, java.time.Duration timeout, Properties kafkaClient) {
        this.enabled = enabled;
        this.timeoutMs = timeout.toMillis();
        this.kafkaClient = kafkaClient;
    }

    @Override
    public HealthCheckResponse call() {
        if (!enabled) {
            return HealthCheckResponse.named("Kafka").up().withData("enabled", false).build();
        }
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMs)).nodes()
                    .get(timeoutMs + 200, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka").status(nodes > 0).withData("nodes", nodes).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("Kafka").down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.putAll(kafkaClient);
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
            p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            admin = Admin.create(p);
        }
        return admin;
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    public synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(1));
            admin = null;
        }
    }
}
