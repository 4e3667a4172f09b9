package fi.kuopas.stakeholder.domain;

import fi.kuopas.privacy.problem.ProblemException;

/**
 * Finnish business ID (y-tunnus), {@code NNNNNNN-C}. The check digit follows the Finnish Tax
 * Administration / PRH rule: weights 7, 9, 10, 5, 8, 4, 2 over the seven digits, sum modulo 11;
 * remainder 0 gives check digit 0, remainder 1 is never issued, otherwise 11 − remainder.
 */
public final class BusinessId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    /** Normalises (strips, pads a six-digit legacy form with a leading zero) and validates. */
    public static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("business ID is empty");
        }
        String id = raw.strip();
        if (id.matches("\\d{6}-\\d")) {
            id = "0" + id;
        }
        if (!id.matches("\\d{7}-\\d")) {
            throw invalid("business ID must have the form 1234567-8");
        }
        int remainder = weightedSum(id) % 11;
        if (remainder == 1) {
            throw invalid("business ID is not a valid y-tunnus (no check digit exists for these digits)");
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        if (id.charAt(8) - '0' != expected) {
            throw invalid("business ID check digit does not match");
        }
        return id;
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static int weightedSum(String id) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-business-id", "Invalid business ID", detail);
    }
}
