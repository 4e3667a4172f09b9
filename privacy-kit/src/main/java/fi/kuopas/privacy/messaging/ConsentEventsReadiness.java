package fi.kuopas.privacy.messaging;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of a register that consumes consent events: DOWN while its channel is paused, or while
 * SmallRye reports the channel not ready (its Kafka consumer not connected, or the channel failed
 * and stopped — then liveness is DOWN too and the orchestrator restarts the service).
 */
@IfBuildProperty(name = "kuopas.consent-events.consume", stringValue = "true")
@Readiness
@ApplicationScoped
public class ConsentEventsReadiness implements HealthCheck {

    private final ConsentEventConsumer consumer;
    private final HealthCenter health;

    public ConsentEventsReadiness(ConsentEventConsumer consumer, HealthCenter health) {
        this.consumer = consumer;
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("consent-events consumer")
                .withData("deadLetterTopic", consumer.deadLetterTopic());
        if (consumer.paused()) {
            return response.down().withData("reason", "paused").build();
        }
        for (HealthReport.ChannelInfo channel : health.getReadiness().getChannels()) {
            if (ConsentEventConsumer.CHANNEL.equals(channel.getChannel()) && !channel.isOk()) {
                return response.down().withData("reason", String.valueOf(channel.getMessage())).build();
            }
        }
        return response.up().build();
    }
}
