package fi.kuopas.customer.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The property-management system's rows as the import checks and applies them, and what it answers
 * per row and per job. A row is checked here, one by one (a bad row is rejected, the others go on),
 * so the row rules are constraints of these records; the API's bodies are mapped to and from them.
 */
public final class PmsRows {

    /** A phone number as the PMS may send it (the constraint of {@link Resident#phone}). */
    static final String PHONE_REGEXP = "\\+?[0-9 ()\\-]{6,20}";
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(PHONE_REGEXP);

    private PmsRows() {
    }

    public record Lease(
            @NotBlank @Size(max = 64) String externalId,
            @NotBlank @Size(max = 64) String apartmentRef,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull @Pattern(regexp = "TENANT|CO_RESIDENT", message = "must be TENANT or CO_RESIDENT") String role) {
    }

    public record Resident(
            @NotBlank @Size(max = 64) String externalId,
            @Size(max = 11) String personalIdentityCode,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Past LocalDate birthDate,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE_REGEXP, message = "must be a phone number") String phone,
            @Size(max = 200) String streetAddress,
            @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit postal code") String postalCode,
            @Size(max = 100) String city,
            @Valid Lease lease) {
    }

    /**
     * A quick check that a row satisfies every constraint of {@link Resident} and its {@link Lease}, for
     * the rows of a bulk import (bean validation of each row was a measurable share of an import's CPU,
     * and of its JIT compilation; see docs/benchmarks.md). True only when bean validation would find
     * nothing: each test here is the constraint's own rule or a stricter one (e-mail: plain ASCII
     * addresses only; a birth date at least two days past). False says nothing: the caller then
     * validates the row with the validator, which also words the messages. A constraint added to the
     * records above must be added here too ({@code PmsImportTest} compares the two on a set of rows).
     */
    public static boolean plainlyValid(Resident r) {
        if (!notBlank(r.externalId(), 64) || !maxLength(r.personalIdentityCode(), 11) || !notBlank(r.firstName(), 100)
                || !notBlank(r.lastName(), 100) || !maxLength(r.streetAddress(), 200) || !maxLength(r.city(), 100)) {
            return false;
        }
        if (r.birthDate() != null && !r.birthDate().isBefore(LocalDate.now().minusDays(2))) {
            return false;
        }
        if (r.email() != null && (r.email().length() > 254 || !plainEmail(r.email()))) {
            return false;
        }
        if (r.phone() != null && !PHONE.matcher(r.phone()).matches()) {
            return false;
        }
        if (r.postalCode() != null && !(r.postalCode().length() == 5 && digits(r.postalCode()))) {
            return false;
        }
        Lease l = r.lease();
        return l == null || (notBlank(l.externalId(), 64) && notBlank(l.apartmentRef(), 64) && l.startDate() != null
                && ("TENANT".equals(l.role()) || "CO_RESIDENT".equals(l.role())));
    }

    /** @NotBlank and @Size(max); not blank by either reading: something left after {@code trim()}, and not only white space. */
    private static boolean notBlank(String s, int max) {
        return s != null && !s.trim().isEmpty() && !s.isBlank() && s.length() <= max;
    }

    private static boolean maxLength(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A subset of what @Email accepts: local part 1–64 characters of dot-separated runs of ASCII letters,
     * digits, '_', '+' and '-'; domain of dot-separated labels of 1–63 ASCII letters, digits and inner
     * '-', the last starting with a letter, 253 characters at most.
     */
    static boolean plainEmail(String e) {
        int at = e.indexOf('@');
        if (at < 1 || at > 64 || at != e.lastIndexOf('@') || e.length() - at - 1 > 253) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= at; i++) {
            char c = i == at ? '.' : e.charAt(i);
            if (c == '.') {
                if (i == start) {
                    return false;
                }
                start = i + 1;
            } else if (!(asciiAlnum(c) || c == '_' || c == '+' || c == '-')) {
                return false;
            }
        }
        start = at + 1;
        for (int i = at + 1; i <= e.length(); i++) {
            char c = i == e.length() ? '.' : e.charAt(i);
            if (c == '.') {
                int len = i - start;
                if (len < 1 || len > 63 || e.charAt(start) == '-' || e.charAt(i - 1) == '-'
                        || (i == e.length() && !Character.isLetter(e.charAt(start)))) {
                    return false;
                }
                start = i + 1;
            } else if (!(asciiAlnum(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** One row's outcome: CREATED, UPDATED, UNCHANGED, REJECTED, ERASED or RESTRICTED. */
    public record Result(int index, String externalId, String status, UUID personId, String error) {
        public static final String ERASED = "ERASED";
        public static final String RESTRICTED = "RESTRICTED";

        public static Result rejected(int index, String externalId, String error) {
            return new Result(index, externalId, "REJECTED", null, error);
        }
    }

    /** An asynchronous import of a whole file: progress and counts so far. */
    public record Job(UUID id, String status, String format, int totalRows, int processedRows, int created, int updated,
            int unchanged, int rejected, int erased, int restricted, String submittedBy, Instant submittedAt,
            Instant finishedAt) {
    }

}
