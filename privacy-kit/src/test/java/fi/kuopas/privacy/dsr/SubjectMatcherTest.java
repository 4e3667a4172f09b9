package fi.kuopas.privacy.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.dsr.SubjectMatcher.Candidate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectMatcherTest {

    private static final String PIC_A = key("pic", 'a');
    private static final String PIC_B = key("pic", 'b');
    private static final String EMAIL_A = key("email", '1');
    private static final String EMAIL_B = key("email", '2');
    private static final String FAMILY = key("email", '3');
    private static final String PHONE_B = key("phone", '4');
    private static final String NAME_B = key("name", '5');

    private static final Candidate<String> A = person("A", PIC_A, EMAIL_A, FAMILY);
    private static final Candidate<String> B = person("B", PIC_B, EMAIL_B, PHONE_B, NAME_B, FAMILY);

    @Test
    void shouldIncludeOnlyThePersonOfTheVerifiedCodeAndListAClaimedEmailOfAnotherAsAPossibleMatch() {
        var result = SubjectMatcher.match("customer", new SubjectRef(Set.of(PIC_A), Set.of(EMAIL_B)), List.of(A, B));
        assertThat(result.included()).containsExactly("A");
        assertThat(result.possibleMatches()).singleElement().satisfies(m -> {
            assertThat(m.matchedIdentifiers()).containsExactly("EMAIL");
            assertThat(m.hint()).isEqualTo("L. H., born 1975");
            assertThat(m.register()).isEqualTo("customer");
        });
        assertThat(result.includedKeys()).contains(PIC_A, EMAIL_A).doesNotContain(EMAIL_B, PIC_B);
    }

    @Test
    void shouldNeverIncludeThroughNameAndBirthDateEvenWhenVerified() {
        var result = SubjectMatcher.match("customer", new SubjectRef(Set.of(PIC_A, NAME_B), Set.of()), List.of(A, B));
        assertThat(result.included()).containsExactly("A");
        assertThat(result.possibleMatches()).extracting(PossibleMatch::matchedIdentifiers).containsExactly(List.of("NAME_AND_BIRTH_DATE"));
    }

    @Test
    void shouldNotIncludeAnotherIdentityCodeThroughAVerifiedFamilyEmail() {
        var result = SubjectMatcher.match("customer", new SubjectRef(Set.of(PIC_A, FAMILY), Set.of()), List.of(A, B));
        assertThat(result.included()).containsExactly("A");
        assertThat(result.possibleMatches()).hasSize(1);
    }

    @Test
    void shouldTreatAVerifiedEmailOfTwoIdentityCodesAsIdentifyingNobody() {
        var result = SubjectMatcher.match("customer", new SubjectRef(Set.of(FAMILY), Set.of()), List.of(A, B));
        assertThat(result.included()).isEmpty();
        assertThat(result.possibleMatches()).hasSize(2);
    }

    @Test
    void shouldIncludeARecordWithoutACodeThroughAVerifiedEmailAndAllRecordsOfItsGroup() {
        Candidate<String> contact = new Candidate<>("contact", "g1", List.of(EMAIL_A), "contact person", "M. M.");
        Candidate<String> membership = new Candidate<>("membership", "g1", List.of(), "contact person", "M. M.");
        var result = SubjectMatcher.match("stakeholder", new SubjectRef(Set.of(EMAIL_A), Set.of()), List.of(contact, membership));
        assertThat(result.included()).containsExactly("contact", "membership");
        assertThat(result.found()).isTrue();
    }

    @Test
    void shouldFindNothingThroughClaimedKeysAlone() {
        var result = SubjectMatcher.match("customer", new SubjectRef(Set.of(), Set.of(PIC_B, EMAIL_A)), List.of(A, B));
        assertThat(result.included()).isEmpty();
        assertThat(result.possibleMatches()).hasSize(2);
    }

    @Test
    void shouldMaskAHintToInitialsAndABirthYear() {
        assertThat(SubjectMatcher.hint("liisa", "Hämäläinen", LocalDate.of(1975, 3, 15))).isEqualTo("L. H., born 1975");
        assertThat(SubjectMatcher.hint(null, null, null)).isEqualTo("no name on record");
    }

    private static Candidate<String> person(String id, String... keys) {
        return new Candidate<>(id, id, Arrays.asList(keys), "person", "L. H., born 1975");
    }

    private static String key(String kind, char c) {
        return kind + "_" + String.valueOf(c).repeat(64);
    }
}
