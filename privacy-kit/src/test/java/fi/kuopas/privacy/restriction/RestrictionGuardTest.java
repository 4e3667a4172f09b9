package fi.kuopas.privacy.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.privacy.KitPostgres;
import fi.kuopas.privacy.problem.ProblemException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestrictionGuardTest {

    static KitPostgres db;
    Restrictions restrictions;
    List<String> refusals;
    RestrictionGuard guard;

    @BeforeAll
    static void start() throws Exception {
        db = new KitPostgres("V0_6__restriction.sql");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void clean() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE kit_restriction");
        }
        restrictions = new Restrictions(db.dataSource());
        refusals = new ArrayList<>();
        guard = new RestrictionGuard(restrictions,
                (subject, type, operation) -> refusals.add(subject + "|" + type + "|" + operation));
    }

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void shouldRefuseProcessingOfARestrictedSubjectWith409AndAuditTheRefusal() {
        restrictions.restrict("pic:abc", "accuracy contested", "CASE-1", "dpo", T);

        assertThatThrownBy(() -> guard.requireNotRestricted(List.of("email:x", "pic:abc"), "customer", "marketing-export"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.slug()).isEqualTo("processing-restricted");
                    assertThat(p.getMessage()).doesNotContain("pic:abc");
                });
        assertThat(refusals).containsExactly("pic:abc|customer|marketing-export");
    }

    @Test
    void shouldAllowProcessingOfOthersAndAfterTheRestrictionIsLifted() {
        restrictions.restrict("pic:abc", "objection pending", null, "dpo", T);

        guard.requireNotRestricted(List.of("pic:other"), "customer", "update");
        guard.requireNotRestricted(List.of(), "customer", "update");
        assertThat(restrictions.lift("pic:abc", "dpo", T.plusSeconds(60))).isTrue();
        guard.requireNotRestricted(List.of("pic:abc"), "customer", "update");

        assertThat(refusals).isEmpty();
        assertThat(guard.isRestricted(List.of("pic:abc"))).isFalse();
        assertThat(restrictions.lift("pic:abc", "dpo", T.plusSeconds(90))).isFalse();
    }

    @Test
    void shouldKeepOneRestrictionInForcePerSubjectAndAllowANewOneAfterLifting() {
        Restriction first = restrictions.restrict("pic:abc", "accuracy contested", "CASE-1", "dpo", T);
        Restriction again = restrictions.restrict("pic:abc", "other reason", "CASE-2", "dpo", T.plusSeconds(1));
        assertThat(again).isEqualTo(first);
        assertThat(first.inForce()).isTrue();

        restrictions.lift("pic:abc", "dpo", T.plusSeconds(2));
        Restriction next = restrictions.restrict("pic:abc", "unlawful processing", "CASE-3", "dpo", T.plusSeconds(3));
        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(next.caseRef()).isEqualTo("CASE-3");
        assertThat(guard.isRestricted(List.of("pic:abc"))).isTrue();
    }

    @Test
    void shouldNameTheRestrictedKeysAmongManyAndApplyTheSpiActions() {
        java.util.UUID caseId = java.util.UUID.randomUUID();
        restrictions.apply("pic:abc", fi.kuopas.privacy.dsr.RestrictionCall.Action.SET, caseId, "dsr-gateway");
        restrictions.apply("pic:abc", fi.kuopas.privacy.dsr.RestrictionCall.Action.SET, caseId, "dsr-gateway");
        restrictions.restrict("pic:def", "accuracy contested", null, "dpo", T);

        assertThat(guard.restrictedAmong(List.of("pic:abc", "pic:def", "pic:ghi"))).containsExactlyInAnyOrder("pic:abc", "pic:def");
        assertThat(restrictions.inForce(List.of("pic:abc")).orElseThrow().caseRef()).isEqualTo(caseId.toString());
        assertThat(guard.restrictedAmong(List.of())).isEmpty();

        restrictions.apply("pic:abc", fi.kuopas.privacy.dsr.RestrictionCall.Action.LIFT, caseId, "dsr-gateway");
        assertThat(guard.restrictedAmong(List.of("pic:abc", "pic:def"))).containsExactly("pic:def");
        assertThatThrownBy(() -> guard.requireNotRestricted("pic:def", "customer", "42"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(refusals).containsExactly("pic:def|customer|42");
    }

    @Test
    void shouldKeepARegistersMarkerInStepThroughItsHook() {
        List<String> calls = new ArrayList<>();
        Restrictions hooked = new Restrictions(db.dataSource(), List.of(new RestrictionHook() {
            @Override
            public void restricted(Restriction r) {
                calls.add("restricted " + r.subjectKey() + " " + r.restrictedAt());
            }

            @Override
            public void lifted(String subjectKey) {
                calls.add("lifted " + subjectKey);
            }
        }));

        hooked.restrict("pic:abc", "accuracy contested", null, "dpo", T);
        hooked.restrict("pic:abc", "again", null, "dpo", T.plusSeconds(5));
        hooked.lift("pic:abc", "dpo", T.plusSeconds(10));
        hooked.lift("pic:abc", "dpo", T.plusSeconds(20));

        assertThat(calls).containsExactly("restricted pic:abc " + T, "restricted pic:abc " + T, "lifted pic:abc");
    }

    @Test
    void shouldAuditARefusalUnderTheGivenSubjectKeysWhenTheRestrictionIsFiledUnderARecordKey() {
        restrictions.restrict("footage-request:1", "accuracy contested", "CASE-1", "dpo", T);

        assertThatThrownBy(() -> guard.requireNotRestricted(List.of("footage-request:1", "footage-request:2"),
                List.of("email:a", "phone:b"), "recording_segment", "7"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.slug()).isEqualTo("processing-restricted"));
        guard.requireNotRestricted(List.of("footage-request:2"), List.of("email:c"), "recording_segment", "8");

        assertThat(refusals).containsExactly("email:a|recording_segment|7", "phone:b|recording_segment|7");
    }
}
