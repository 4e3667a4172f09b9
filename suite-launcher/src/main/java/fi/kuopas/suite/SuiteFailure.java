package fi.kuopas.suite;

/** A failure the launcher reports as {@code error: MESSAGE} with exit code 1 (bin/suite's "die"). */
public final class SuiteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuiteFailure(String message) {
        super(message);
    }
}
