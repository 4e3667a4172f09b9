package fi.kuopas.customer.integration;

import fi.kuopas.privacy.problem.ProblemException;

/** An outside register did not answer; the caller may try again later. */
public class SourceUnavailableException extends ProblemException {
    public SourceUnavailableException(String source) {
        super(503, "source-unavailable", "Outside register unavailable", source + " did not answer; try again later");
    }
}
