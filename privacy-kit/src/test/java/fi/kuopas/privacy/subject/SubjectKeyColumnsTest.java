package fi.kuopas.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectKeyColumnsTest {

    private static final SubjectKeys KEYS = new SubjectKeys("unit-test-pepper-0123456789");
    private static final PersonalIdentityCode CODE = PersonalIdentityCode.parse("131052-308T");
    private static final PersonalIdentityCode TEMPORARY = PersonalIdentityCode.parse("010594Y9032");
    private static final PersonalIdentityCode PERMANENT = PersonalIdentityCode.parse("010594Y0020");
    private static final LocalDate BIRTH = LocalDate.of(1952, 10, 13);

    private static SubjectKeyColumns indexed(PersonalIdentityCode code, String email, String phone, String name, LocalDate birth) {
        SubjectKeyColumns k = new SubjectKeyColumns();
        k.indexIdentityCode(KEYS, code);
        k.indexEmail(KEYS, email);
        k.indexPhone(KEYS, phone);
        k.indexName(KEYS, name, birth);
        return k;
    }

    @Test
    void shouldIndexEveryIdentifierWithTheKitsKeysMostSpecificFirst() {
        SubjectKeyColumns k = indexed(CODE, " Matti@Example.fi ", "040 123 4567", "Matti Meikäläinen", BIRTH);
        assertThat(k.all()).containsExactly(KEYS.ofIdentityCode(CODE), KEYS.ofEmail("matti@example.fi"),
                KEYS.ofPhone("+358401234567"), KEYS.ofNameAndBirthDate("matti meikäläinen", BIRTH));
        assertThat(k.auditKey()).isEqualTo(KEYS.ofIdentityCode(CODE)).startsWith("pic_");
        assertThat(String.join(",", k.all())).doesNotContain("131052", "Matti", "matti", "4567");
    }

    @Test
    void shouldLeaveNoKeyForABlankIdentifierOrANameWithoutBirthDate() {
        SubjectKeyColumns k = indexed(null, "  ", null, "Matti Meikäläinen", null);
        assertThat(k.all()).isEmpty();
        assertThat(k.auditKey()).isNull();
        k.indexEmail(KEYS, "matti@example.fi");
        assertThat(k.auditKey()).isEqualTo(KEYS.ofEmail("matti@example.fi"));
        k.indexEmail(KEYS, null);
        assertThat(k.emailKey()).isNull();
    }

    @Test
    void shouldKeepTheReplacedTemporaryCodeAsAnAliasTheRecordIsStillFoundBy() {
        SubjectKeyColumns k = indexed(TEMPORARY, null, null, null, null);
        k.replaceIdentityCode(KEYS, PERMANENT);
        assertThat(k.identityCodeKey()).isEqualTo(KEYS.ofIdentityCode(PERMANENT));
        assertThat(k.identityCodeAliasKey()).isEqualTo(KEYS.ofIdentityCode(TEMPORARY));
        assertThat(k.holdsIdentityCode(KEYS.ofIdentityCode(TEMPORARY))).isTrue();
        assertThat(k.holdsIdentityCode(KEYS.ofIdentityCode(PERMANENT))).isTrue();
        assertThat(k.holdsIdentityCode(KEYS.ofIdentityCode(CODE))).isFalse();
        assertThat(k.all()).endsWith(KEYS.ofIdentityCode(TEMPORARY));
        // Linking the code the record already has keeps no alias of itself.
        SubjectKeyColumns same = indexed(PERMANENT, null, null, null, null);
        same.replaceIdentityCode(KEYS, PERMANENT);
        assertThat(same.identityCodeAliasKey()).isNull();
    }

    @Test
    void shouldGiveTheCandidatePredicateOverEveryKeyColumn() {
        assertThat(SubjectKeyColumns.anyKeyIn("p.keys", "?1")).isEqualTo("(p.keys.identityCodeKey in ?1 or p.keys.emailKey in ?1 "
                + "or p.keys.phoneKey in ?1 or p.keys.nameKey in ?1 or p.keys.identityCodeAliasKey in ?1)");
        assertThat(SubjectKeyColumns.identityCodeIs("keys", ":pic"))
                .isEqualTo("(keys.identityCodeKey = :pic or keys.identityCodeAliasKey = :pic)");
    }

    /** The rule of the identity issue: a shared email never brings in a record with another verified code. */
    @Test
    void shouldNotLetAVerifiedEmailIncludeARecordThatCarriesADifferentIdentityCode() {
        SubjectKeyColumns mine = indexed(CODE, "family@example.fi", null, null, null);
        SubjectKeyColumns spouse = indexed(PERMANENT, "family@example.fi", null, null, null);
        var candidates = List.of(mine.candidate("mine", "g1", "person", "M. M."), spouse.candidate("spouse", "g2", "person", "S. M."));

        var byCode = SubjectMatcher.match("test", new SubjectRef(Set.of(KEYS.ofIdentityCode(CODE), KEYS.ofEmail("family@example.fi")),
                Set.of()), candidates);
        assertThat(byCode.included()).containsExactly("mine");
        assertThat(byCode.possibleMatches()).singleElement().satisfies(m -> assertThat(m.matchedIdentifiers()).containsExactly("EMAIL"));

        var byEmailOnly = SubjectMatcher.match("test", SubjectRef.verified(Set.of(KEYS.ofEmail("family@example.fi"))), candidates);
        assertThat(byEmailOnly.included()).as("an email shared by two identity codes identifies nobody").isEmpty();

        var claimedCode = SubjectMatcher.match("test", new SubjectRef(Set.of(), Set.of(KEYS.ofIdentityCode(CODE))), candidates);
        assertThat(claimedCode.included()).as("an unproved code only surfaces a possible match").isEmpty();
        assertThat(claimedCode.possibleMatches()).hasSize(1);
    }

    @Test
    void shouldFindARecordByItsReplacedTemporaryCodeThroughTheMatcher() {
        SubjectKeyColumns k = indexed(TEMPORARY, null, null, null, null);
        k.replaceIdentityCode(KEYS, PERMANENT);
        var result = SubjectMatcher.match("test", SubjectRef.verified(Set.of(KEYS.ofIdentityCode(TEMPORARY))),
                List.of(k.candidate("record", "g", "person", "A. B.")));
        assertThat(result.included()).containsExactly("record");
    }
}
