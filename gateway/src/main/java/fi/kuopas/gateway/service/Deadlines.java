package fi.kuopas.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The Art 12(3) time limit: one calendar month from receipt, extendable once by up to two further
 * months. Months are calendar months in the controller's time zone, so 31 January + 1 month is
 * 28 (or 29) February (java.time clamps to the last day of the month). Time spent waiting for the
 * subject to verify their identity does not count (EDPB Guidelines 01/2022): it is added on.
 */
public final class Deadlines {

    public static final int MAX_EXTENSION_MONTHS = 2;

    private Deadlines() {
    }

    public static Instant due(Instant receivedAt, ZoneId zone, int extensionMonths, Duration paused) {
        if (extensionMonths < 0 || extensionMonths > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("extension must be 0-2 months");
        }
        if (paused.isNegative()) {
            throw new IllegalArgumentException("paused time cannot be negative");
        }
        return receivedAt.atZone(zone).plusMonths(1L + extensionMonths).toInstant().plus(paused);
    }

    /** Overdue: not answered (nor cancelled), clock running, and the due moment has passed (Art 12(3): the answer counts). */
    public static boolean overdue(Instant dueAt, boolean clockPaused, boolean answered, boolean cancelled, Instant now) {
        return !answered && !cancelled && !clockPaused && now.isAfter(dueAt);
    }

    /** Art 12(6) pauses are short: one older than this is listed for follow-up. */
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(14);

    public static boolean followUp(Instant pausedSince, Instant now) {
        return pausedSince != null && now.isAfter(pausedSince.plus(FOLLOW_UP_AFTER));
    }

    /** Paused time so far, including a pause still running. */
    public static Duration paused(long pausedSeconds, Instant pausedSince, Instant now) {
        Duration done = Duration.ofSeconds(pausedSeconds);
        return pausedSince == null || now.isBefore(pausedSince) ? done : done.plus(Duration.between(pausedSince, now));
    }
}
