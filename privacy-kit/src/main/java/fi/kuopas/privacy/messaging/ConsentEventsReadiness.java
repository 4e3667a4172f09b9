package fi.kuopas.privacy.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while a register that should consume consent events is not consuming them. */
@Readiness
@ApplicationScoped
public class ConsentEventsReadiness implements HealthCheck {

    private final ConsentEventConsumer consumer;

    public ConsentEventsReadiness(ConsentEventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        if (!consumer.enabled()) {
            return HealthCheckResponse.named("consent-events consumer").up().withData("enabled", false).build();
        }
        return HealthCheckResponse.named("consent-events consumer").status(consumer.consuming())
                .withData("deadLetterTopic", consumer.deadLetterTopic()).build();
    }
}
