package fi.kuopas.privacy.messaging;

/** An event that cannot be applied however often it is retried; it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }
}
