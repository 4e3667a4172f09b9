package fi.kuopas.privacy.identity;

/** A malformed personal identity code. The message never contains the code itself. */
public class InvalidIdentityCodeException extends IllegalArgumentException {
    public InvalidIdentityCodeException(String message) {
        super(message);
    }
}
