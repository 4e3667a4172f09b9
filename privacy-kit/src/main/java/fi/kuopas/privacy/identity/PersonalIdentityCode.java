package fi.kuopas.privacy.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ.
 *
 * <p>Validated per the DVV rules (Population Information Act 661/2009, century signs from 2023):
 * century sign {@code +} 1800s; {@code - Y X W V U} 1900s; {@code A B C D E F} 2000s. The
 * individual number 002–899 is a real code, 900–999 a temporary or test code. The sign is part
 * of the identity: {@code 100190-999P} and {@code 100190Y999P} are different people, so the
 * full eleven characters are kept. {@link #toString()} never returns the code (it must not end
 * up in logs by accident, Data Protection Act 1050/2018 §29).
 */
public final class PersonalIdentityCode {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String SIGNS_1800 = "+";
    private static final String SIGNS_1900 = "-YXWVU";
    private static final String SIGNS_2000 = "ABCDEF";

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private PersonalIdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /** Parses and validates; throws {@link InvalidIdentityCodeException} with a reason that holds no part of the code. */
    public static PersonalIdentityCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentityCodeException("personal identity code is empty");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 11) {
            throw new InvalidIdentityCodeException("personal identity code must have 11 characters (DDMMYYCZZZQ)");
        }
        String datePart = code.substring(0, 6);
        String individualPart = code.substring(7, 10);
        if (!isDigits(datePart) || !isDigits(individualPart)) {
            throw new InvalidIdentityCodeException("personal identity code must have digits in the date and individual number");
        }
        char sign = code.charAt(6);
        int century = centuryOf(sign);
        int day = Integer.parseInt(datePart.substring(0, 2));
        int month = Integer.parseInt(datePart.substring(2, 4));
        int year = century + Integer.parseInt(datePart.substring(4, 6));
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentityCodeException("personal identity code has no real calendar date");
        }
        int individual = Integer.parseInt(individualPart);
        if (individual < 2) {
            throw new InvalidIdentityCodeException("personal identity code individual number must be 002–999");
        }
        char expected = CHECK_CHARACTERS.charAt((int) (Long.parseLong(datePart + individualPart) % 31));
        if (code.charAt(10) != expected) {
            throw new InvalidIdentityCodeException("personal identity code check character does not match");
        }
        return new PersonalIdentityCode(code, birthDate, individual);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentityCodeException e) {
            return false;
        }
    }

    private static int centuryOf(char sign) {
        if (SIGNS_1800.indexOf(sign) >= 0) {
            return 1800;
        }
        if (SIGNS_1900.indexOf(sign) >= 0) {
            return 1900;
        }
        if (SIGNS_2000.indexOf(sign) >= 0) {
            return 2000;
        }
        throw new InvalidIdentityCodeException("personal identity code century sign must be one of + - Y X W V U A B C D E F");
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The full normalised code; only for encryption, blind indexing and roles that need it. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** 900–999 are temporary codes and the DVV test range. */
    public boolean isTemporary() {
        return individualNumber >= 900;
    }

    /** The masked form shown to roles that do not need the full code, e.g. {@code 131052-****}. */
    public String masked() {
        return mask(value);
    }

    /** Masks an already validated code string. */
    public static String mask(String code) {
        if (code == null || code.length() < 7) {
            return "****";
        }
        return code.substring(0, 7) + "****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
