package fi.kuopas.privacy.subject;

import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The subject keys a record of a person is indexed under, as columns of the record's own table:
 * keyed hashes ({@link SubjectKeys}) of the identity code, of the temporary identity code a permanent
 * one replaced, of the email, of the phone number and of the name with birth date. Registers embed
 * it and map it onto their existing columns with {@code @AttributeOverride}s; the column names below
 * are the defaults.
 *
 * <p>Finding and deciding are two steps: {@link #anyKeyIn} and {@link #identityCodeIs} give the
 * candidates (every record indexed under any key), {@link SubjectMatcher} decides which candidates
 * are the subject's from {@link #all()} — a verified identity code decides, and an email or phone
 * alone never includes a record that carries a different identity code (docs/domain-rules.md,
 * "exact subject matching").
 */
@Embeddable
public class SubjectKeyColumns {

    /** The JPQL attribute names, in the order {@link #all()} lists their keys. */
    private static final List<String> ATTRIBUTES = List.of("identityCodeKey", "emailKey", "phoneKey", "nameKey",
            "identityCodeAliasKey");

    @Column(name = "pic_key")
    private String identityCodeKey;

    /** The key of the temporary code a permanent code replaced: the record stays findable by it. */
    @Column(name = "pic_alias_key")
    private String identityCodeAliasKey;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "phone_key")
    private String phoneKey;

    @Column(name = "name_key")
    private String nameKey;

    public String identityCodeKey() {
        return identityCodeKey;
    }

    public String identityCodeAliasKey() {
        return identityCodeAliasKey;
    }

    public String emailKey() {
        return emailKey;
    }

    public String phoneKey() {
        return phoneKey;
    }

    public String nameKey() {
        return nameKey;
    }

    /** Every key this record can be found by, most specific first; the replaced code's key last. */
    public List<String> all() {
        List<String> keys = new ArrayList<>(5);
        for (String k : new String[] {identityCodeKey, emailKey, phoneKey, nameKey, identityCodeAliasKey}) {
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The key audit lines are filed under: the most specific one, or null for a record with none. */
    public String auditKey() {
        List<String> all = all();
        return all.isEmpty() ? null : all.get(0);
    }

    /** Whether the key is this record's identity code, current or replaced. */
    public boolean holdsIdentityCode(String key) {
        return key != null && (key.equals(identityCodeKey) || key.equals(identityCodeAliasKey));
    }

    // ---- indexing: the keys follow the values ------------------------------------------------

    public void indexIdentityCode(SubjectKeys keys, PersonalIdentityCode code) {
        identityCodeKey = code == null ? null : keys.ofIdentityCode(code);
    }

    /**
     * A permanent code replaces the current (temporary) one: the current key stays as the alias the
     * record is still found by. Giving the code the record already has changes nothing.
     */
    public void replaceIdentityCode(SubjectKeys keys, PersonalIdentityCode permanent) {
        String key = keys.ofIdentityCode(permanent);
        if (identityCodeKey != null && !identityCodeKey.equals(key)) {
            identityCodeAliasKey = identityCodeKey;
        }
        identityCodeKey = key;
    }

    public void indexEmail(SubjectKeys keys, String email) {
        emailKey = blank(email) ? null : keys.ofEmail(email);
    }

    public void indexPhone(SubjectKeys keys, String phone) {
        phoneKey = blank(phone) ? null : keys.ofPhone(phone);
    }

    /** Name alone identifies nobody: without a birth date there is no name key. */
    public void indexName(SubjectKeys keys, String fullName, LocalDate birthDate) {
        nameKey = birthDate == null ? null : keys.ofNameAndBirthDate(fullName, birthDate);
    }

    /** Keys computed elsewhere (a bulk import hashes in parallel before its round trips). */
    public void set(String identityCodeKey, String identityCodeAliasKey, String emailKey, String phoneKey, String nameKey) {
        this.identityCodeKey = identityCodeKey;
        this.identityCodeAliasKey = identityCodeAliasKey;
        this.emailKey = emailKey;
        this.phoneKey = phoneKey;
        this.nameKey = nameKey;
    }

    // ---- finding: candidates only, SubjectMatcher decides ------------------------------------

    /**
     * The JPQL predicate "the record is indexed under any of the keys in {@code parameter}", for the
     * embedded attribute at {@code path} (e.g. {@code "keys"} or {@code "p.keys"}).
     */
    public static String anyKeyIn(String path, String parameter) {
        StringBuilder b = new StringBuilder("(");
        for (String attribute : ATTRIBUTES) {
            b.append(b.length() > 1 ? " or " : "").append(path).append('.').append(attribute).append(" in ").append(parameter);
        }
        return b.append(')').toString();
    }

    /** The JPQL predicate "the record holds the identity-code key {@code parameter}", as its code or as the replaced one. */
    public static String identityCodeIs(String path, String parameter) {
        return "(" + path + ".identityCodeKey = " + parameter + " or " + path + ".identityCodeAliasKey = " + parameter + ")";
    }

    /** A candidate for {@link SubjectMatcher}: the record under every key it is indexed by. */
    public <T> SubjectMatcher.Candidate<T> candidate(T record, Object group, String kind, String hint) {
        return new SubjectMatcher.Candidate<>(record, group, all(), kind, hint);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectKeyColumns other && Objects.equals(identityCodeKey, other.identityCodeKey)
                && Objects.equals(identityCodeAliasKey, other.identityCodeAliasKey) && Objects.equals(emailKey, other.emailKey)
                && Objects.equals(phoneKey, other.phoneKey) && Objects.equals(nameKey, other.nameKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identityCodeKey, identityCodeAliasKey, emailKey, phoneKey, nameKey);
    }
}
