package fi.kuopas.privacy.dsr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data subject as subject keys (blind indexes), never raw identifiers, split by proof: a
 * <em>verified</em> key belongs to an identifier the subject proved (strong identification proves
 * the identity code; an email or phone only a recorded confirmation), a <em>claimed</em> one was
 * merely given. Registers include data only through verified keys ({@link SubjectMatcher}).
 */
@Schema(name = "SubjectRef")
public record SubjectRef(
        @Schema(description = "Subject keys of the identifiers the subject proved", example = "[\"pic_4f1c2e8a0b6d3f5a7c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a\"]")
        Set<@NotNull @Pattern(regexp = KEY, message = "must be a subject key") String> verified,
        @Schema(description = "Subject keys of identifiers given but not proved: they never include data, "
                + "they only surface possible matches", example = "[\"email_9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b\"]")
        Set<@NotNull @Pattern(regexp = KEY, message = "must be a subject key") String> claimed) {

    public static final String KEY = "[a-z]+_[0-9a-f]{64}";

    public SubjectRef {
        verified = verified == null ? Set.of() : Set.copyOf(verified);
        claimed = claimed == null ? Set.of() : Set.copyOf(claimed);
    }

    /** A subject whose every key is verified (a register-internal lookup, or a test). */
    public static SubjectRef verified(Set<String> keys) {
        return new SubjectRef(keys, Set.of());
    }

    /** A call must name the subject by at least one key, verified or claimed. */
    @JsonIgnore
    @AssertTrue(message = "give at least one subject key")
    @Schema(hidden = true)
    public boolean isNamed() {
        return !verified.isEmpty() || !claimed.isEmpty();
    }

    /** Every key, verified or not: what a register searches candidates by. */
    @JsonIgnore
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(verified);
        all.addAll(claimed);
        return all;
    }
}
