package fi.kuopas.stakeholder.rest;

import fi.kuopas.privacy.problem.ProblemException;

/** The version an edit was based on: the body's {@code version}, else the If-Match header (ETag "3" or 3). */
final class Versions {

    private Versions() {
    }

    static Long expected(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be a version number");
        }
    }
}
