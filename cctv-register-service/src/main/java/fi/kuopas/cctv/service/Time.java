package fi.kuopas.cctv.service;

import fi.kuopas.privacy.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Time-window rules shared by searches, holds and footage requests. */
final class Time {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Time() {
    }

    /** Refuses a window that is reversed, empty or longer than allowed. */
    static void checkWindow(Instant from, Instant to, Duration max, String what) {
        if (from == null || to == null) {
            throw ProblemException.badRequest(what + ": from and to are required");
        }
        if (!to.isAfter(from)) {
            throw ProblemException.badRequest(what + ": 'to' must be after 'from'");
        }
        if (Duration.between(from, to).compareTo(max) > 0) {
            throw ProblemException.badRequest(what + ": the window may be at most " + human(max) + " long");
        }
    }

    static LocalDate today() {
        return LocalDate.now(HELSINKI);
    }

    private static String human(Duration d) {
        return d.toHours() % 24 == 0 && d.toHours() > 24 ? d.toDays() + " days" : d.toHours() + " h";
    }
}
