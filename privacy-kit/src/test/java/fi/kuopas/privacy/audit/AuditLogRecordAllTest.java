package fi.kuopas.privacy.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch append's own check; its insert is exercised against PostgreSQL by the PMS import tests of customer-register-service. */
class AuditLogRecordAllTest {

    @Test
    void shouldRefuseSubjectKeysAndRecordIdsThatDoNotPairUp() {
        AuditLog log = new AuditLog(null, null, null);
        assertThatThrownBy(() -> log.recordAll(AuditAction.CREATE, "person", List.of("pic_a", "pic_b"), List.of("1"), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one subject key per record id");
    }
}
