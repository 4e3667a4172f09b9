package fi.kuopas.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHasherTest {

    private static final Instant OCCURRED_AT = Instant.parse("2025-01-01T10:00:00Z");

    private static AuditEntry entry() {
        AuditEntry e = new AuditEntry();
        e.occurredAt = OCCURRED_AT;
        e.actor = "anna.auditoija";
        e.actorRoles = "dpo,hr";
        e.subjectKey = "pic_abc";
        e.action = AuditAction.VIEW.name();
        e.recordType = "employee";
        e.recordId = "42";
        e.purpose = "payroll";
        e.prevHash = AuditHasher.GENESIS;
        return e;
    }

    private static Arguments change(String name, Consumer<AuditEntry> mutation) {
        return Arguments.of(Named.of(name, mutation));
    }

    static Stream<Arguments> fieldChanges() {
        return Stream.of(
                change("prevHash", e -> e.prevHash = "1" + AuditHasher.GENESIS.substring(1)),
                change("occurredAt +1 ms", e -> e.occurredAt = OCCURRED_AT.plusMillis(1)),
                change("occurredAt -1 s", e -> e.occurredAt = OCCURRED_AT.minusSeconds(1)),
                change("actor", e -> e.actor = "mallory"),
                change("actor case", e -> e.actor = "Anna.Auditoija"),
                change("actorRoles", e -> e.actorRoles = "dpo,hr,admin"),
                change("subjectKey", e -> e.subjectKey = "pic_abd"),
                change("subjectKey removed", e -> e.subjectKey = null),
                change("action", e -> e.action = AuditAction.EXPORT.name()),
                change("recordType", e -> e.recordType = "customer"),
                change("recordId", e -> e.recordId = "43"),
                change("recordId removed", e -> e.recordId = null),
                change("purpose", e -> e.purpose = "marketing"),
                change("purpose with trailing space", e -> e.purpose = "payroll "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldChanges")
    void shouldChangeHashWhenAnyCoveredFieldChanges(Consumer<AuditEntry> mutation) {
        AuditEntry original = entry();
        AuditEntry changed = entry();
        mutation.accept(changed);

        assertThat(AuditHasher.hash(changed)).isNotEqualTo(AuditHasher.hash(original));
    }

    @Test
    void shouldStartTheChainFromSixtyFourZeros() {
        assertThat(AuditHasher.GENESIS).hasSize(64).matches("0{64}");
    }

    @Test
    void shouldProduceSixtyFourLowercaseHexCharacters() {
        assertThat(AuditHasher.hash(entry())).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldBeDeterministic() {
        assertThat(AuditHasher.hash(entry())).isEqualTo(AuditHasher.hash(entry()));
    }

    @Test
    void shouldKeepHashStableForKnownEntry() {
        // Computed independently: SHA-256 over "<byte length>:<utf-8 bytes>" of prevHash, epoch millis,
        // actor, roles, subject key, action, record type, record id and purpose. Existing chains in
        // the database only verify while this stays the same.
        assertThat(AuditHasher.hash(entry()))
                .isEqualTo("71c52807986190098fc8a2c575a0d9866c70b8a66b7974941a30dc27d40ba70b");
    }

    @Test
    void shouldNotLetTextMoveBetweenAdjacentFieldsUnnoticed() {
        AuditEntry a = entry();
        a.actor = "anna.auditoija,dpo";
        a.actorRoles = "hr";
        AuditEntry b = entry();
        b.actor = "anna.auditoija";
        b.actorRoles = "dpo,hr";

        assertThat(AuditHasher.hash(a)).isNotEqualTo(AuditHasher.hash(b));
    }

    @Test
    void shouldNotLetLengthPrefixLookingTextMoveBetweenFieldsUnnoticed() {
        AuditEntry a = entry();
        a.recordType = "employee3:abc";
        a.recordId = "";
        AuditEntry b = entry();
        b.recordType = "employee";
        b.recordId = "abc";

        assertThat(AuditHasher.hash(a)).isNotEqualTo(AuditHasher.hash(b));
    }

    @Test
    void shouldNotDependOnDatabaseIdOrStoredHashWhichAreSetAfterHashing() {
        AuditEntry withoutId = entry();
        AuditEntry withId = entry();
        withId.id = 12345L;
        withId.hash = "f".repeat(64);

        assertThat(AuditHasher.hash(withId)).isEqualTo(AuditHasher.hash(withoutId));
    }

    @Test
    void shouldHashAtMillisecondPrecisionLikeTheAuditLogStoresIt() {
        AuditEntry millis = entry();
        AuditEntry nanos = entry();
        nanos.occurredAt = OCCURRED_AT.plusNanos(999_999);

        assertThat(AuditHasher.hash(nanos)).isEqualTo(AuditHasher.hash(millis));
    }

    @Test
    void shouldHandleUtf8TextInFields() {
        AuditEntry a = entry();
        a.actor = "äijälä";
        AuditEntry b = entry();
        b.actor = "aijala";

        assertThat(AuditHasher.hash(a)).matches("[0-9a-f]{64}").isNotEqualTo(AuditHasher.hash(b));
    }

    @Test
    void shouldMakeEditOfAnEarlierEntryVisibleThroughTheNextEntrysLink() {
        AuditEntry first = entry();
        first.hash = AuditHasher.hash(first);
        AuditEntry second = entry();
        second.action = AuditAction.UPDATE.name();
        second.prevHash = first.hash;
        second.hash = AuditHasher.hash(second);

        first.purpose = "something else";

        assertThat(AuditHasher.hash(first)).isNotEqualTo(first.hash).isNotEqualTo(second.prevHash);
        assertThat(AuditHasher.hash(second)).isEqualTo(second.hash);
    }

    @Test
    void shouldGiveIdenticalEntriesDifferentHashesAtDifferentChainPositions() {
        AuditEntry first = entry();
        first.hash = AuditHasher.hash(first);
        AuditEntry repeat = entry();
        repeat.prevHash = first.hash;

        assertThat(AuditHasher.hash(repeat)).isNotEqualTo(first.hash);
    }
}
