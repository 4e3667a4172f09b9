package fi.kuopas.stakeholder.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.stakeholder.config.StakeholderConfig;
import fi.kuopas.stakeholder.retention.StakeholderRetentionRules;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetiredRetentionSettingTest {

    private static StakeholderConfig config(Optional<String> period) {
        StakeholderConfig.Retention retention = new StakeholderConfig.Retention() {
            @Override
            public int years() {
                return 2;
            }

            @Override
            public Optional<String> retiredPeriod() {
                return period;
            }
        };
        return () -> retention;
    }

    @Test
    void shouldRefuseToStartWhileTheRetiredIsoPeriodIsStillConfigured() {
        assertThatThrownBy(() -> StakeholderRetentionRules.refuseRetiredPeriod(null, config(Optional.of("P3Y"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STAKEHOLDER_RETENTION_YEARS").hasMessageContaining("P3Y");
        assertThatCode(() -> StakeholderRetentionRules.refuseRetiredPeriod(null, config(Optional.empty()))).doesNotThrowAnyException();
    }
}
