package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What each role may see of a person. Letting officers need the full identity code (credit and
 * population-register queries, the lease) and the address even when protected; everyone else
 * sees the code masked and a protected address not at all (docs/domain-rules.md).
 */
@ApplicationScoped
public class PersonViews {

    private final FieldEncryptor encryptor;
    private final Caller caller;

    public PersonViews(FieldEncryptor encryptor, Caller caller) {
        this.encryptor = encryptor;
        this.caller = caller;
    }

    public boolean seesFullIdentityCode() {
        return caller.hasRole(Roles.LETTING_OFFICER);
    }

    public boolean seesProtectedAddress() {
        return caller.hasRole(Roles.LETTING_OFFICER);
    }

    /**
     * A person as the caller may see them: the identity code masked unless the role needs it, a
     * protected address (and where it came from) left out unless the role may see it.
     */
    public record Shown(Person person, String identityCode, boolean temporaryIdentityCode, boolean addressHidden,
            List<FieldProvenance> provenance) {
    }

    public Shown of(Person p) {
        return of(p, FieldProvenance.<FieldProvenance>list("id.personId", p.id));
    }

    /** The view of a person whose field provenance was read with them. */
    public Shown of(Person p, List<FieldProvenance> fieldProvenance) {
        String code = p.picEncrypted == null ? null : encryptor.decrypt(p.picEncrypted);
        String shownCode = code == null ? null : seesFullIdentityCode() ? code : PersonalIdentityCode.mask(code);
        boolean hideAddress = p.protectedAddress && !seesProtectedAddress();
        List<FieldProvenance> provenance = fieldProvenance.stream()
                .filter(f -> !hideAddress || !f.id.field().startsWith("address")).toList();
        boolean temporary = code != null && (p.picTemporary || PersonalIdentityCode.parse(code).isTemporary());
        return new Shown(p, shownCode, temporary, hideAddress, provenance);
    }
}
