package fi.kuopas.privacy.messaging;

import fi.kuopas.privacy.events.ConsentEvent;

/**
 * A register's reaction to a consent event. Called inside the consumer's transaction, after the
 * event id was claimed, so the change and the "processed" mark commit together. Throw
 * {@link PoisonEventException} for an event that can never be applied.
 */
public interface ConsentEventHandler {
    void apply(ConsentEvent event);
}
