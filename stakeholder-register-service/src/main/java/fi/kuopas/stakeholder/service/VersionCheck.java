package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.problem.ProblemException;

/** The version check shared by every edit. */
final class VersionCheck {

    private VersionCheck() {
    }

    /** Optimistic concurrency: the caller must say which version it edited (409 when it is not the current one). */
    static void expectVersion(Long expected, long actual) {
        if (expected == null) {
            throw ProblemException.badRequest("version is required when updating (body field 'version' or If-Match)");
        }
        if (expected != actual) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the record was changed by someone else; reload it and apply your change again");
        }
    }
}
