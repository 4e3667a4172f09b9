package fi.kuopas.privacy.subject;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a caller names a data subject. Any non-empty subset; each identifier becomes a subject key. */
@Schema(name = "SubjectIdentifiers", description = "Identifiers of a data subject; give at least one")
public record SubjectIdentifiers(
        @Size(max = 11) @Schema(description = "Finnish personal identity code", example = "131052-308T", maxLength = 11)
        String personalIdentityCode,
        @Email @Size(max = 254) @Schema(example = "demo.subject@example.fi", maxLength = 254)
        String email,
        @Pattern(regexp = "\\+?[0-9 ()\\-]{6,20}", message = "must be a phone number") @Schema(example = "+358401234567")
        String phone,
        @Size(min = 2, max = 200) @Schema(example = "Matti Meikäläinen") String name,
        @Past @Schema(example = "1952-10-13") LocalDate birthDate) {

    @JsonIgnore
    @Schema(hidden = true)
    public boolean isEmpty() {
        return blank(personalIdentityCode) && blank(email) && blank(phone) && (blank(name) || birthDate == null);
    }

    /** The parsed identity code, or null; throws a 400 for an invalid one. */
    public PersonalIdentityCode identityCode() {
        return blank(personalIdentityCode) ? null : PersonalIdentityCode.parse(personalIdentityCode);
    }

    /** Subject keys of every identifier given, most specific first. */
    public Set<String> keys(SubjectKeys subjectKeys) {
        if (isEmpty()) {
            throw ProblemException.badRequest("give at least one subject identifier (identity code, email, phone, or name with birth date)");
        }
        Set<String> keys = new LinkedHashSet<>();
        PersonalIdentityCode code = identityCode();
        requireConsistent(code, birthDate);
        if (code != null) {
            keys.add(subjectKeys.ofIdentityCode(code));
        }
        if (!blank(email)) {
            keys.add(subjectKeys.ofEmail(email));
        }
        if (!blank(phone)) {
            keys.add(subjectKeys.ofPhone(phone));
        }
        if (!blank(name) && birthDate != null) {
            keys.add(subjectKeys.ofNameAndBirthDate(name, birthDate));
        }
        return keys;
    }

    /**
     * An identity code carries its holder's birth date: a different birth date beside it means the
     * identifiers name two people (or a typing error), and matching on either would be a guess.
     */
    public static void requireConsistent(PersonalIdentityCode code, LocalDate birthDate) {
        if (code != null && birthDate != null && !code.birthDate().equals(birthDate)) {
            throw ProblemException.badRequest("birthDate contradicts the birth date in the personal identity code");
        }
    }

    /** The one key a record is filed under: identity code, then email, then phone, then name. */
    public String primaryKey(SubjectKeys subjectKeys) {
        return keys(subjectKeys).iterator().next();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
