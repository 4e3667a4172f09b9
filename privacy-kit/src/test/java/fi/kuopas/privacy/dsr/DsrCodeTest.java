package fi.kuopas.privacy.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DsrCodeTest {

    @Test
    void shouldHaveUniqueWellFormedCodes() {
        List<String> codes = Arrays.stream(DsrCode.values()).map(DsrCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+(\\.[a-zA-Z0-9_-]+)+"));
    }

    @Test
    void shouldKeepTheEnglishWordsBesideTheCodes() {
        ErasureReport.Kept kept = ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_RENT_LEDGER, "lease", "L-1"), 1,
                DsrText.of(DsrCode.KEPT_ACCOUNTING), DsrText.of(DsrCode.REF_ACCOUNTING_ACT), LocalDate.of(2036, 12, 31));
        assertThat(kept.category()).isEqualTo("rent ledger of lease L-1");
        assertThat(kept.reason()).isEqualTo("accounting records must be kept (Art 17(3)(b))");
        assertThat(kept.categoryCode()).isEqualTo("category.customer.rent-ledger");
        assertThat(kept.params()).isEqualTo(Map.of("lease", "L-1"));

        DsrOutcome outcome = DsrOutcome.coded("customer", true, List.of(DsrText.of(DsrCode.APPLIED_CHANNEL_STOPPED, "channel", "EMAIL")),
                List.of(), List.of(), List.of());
        assertThat(outcome.applied()).containsExactly("EMAIL stopped");
        assertThat(outcome.appliedCodes()).containsExactly(new DsrText("applied.objection.channel-stopped", Map.of("channel", "EMAIL")));
        assertThat(outcome.withPossibleMatches(List.of()).appliedCodes()).hasSize(1);
    }

    @Test
    void shouldRefuseATextWithoutItsParameters() {
        assertThatThrownBy(() -> DsrText.of(DsrCode.CATEGORY_CUSTOMER_RENT_LEDGER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
    }

    @Test
    void shouldCodeTheAccessLogsRecordTypesAndPurposes() {
        AccessReport.AccessLogLine line = new AccessReport.AccessLogLine(null, "dpo", "DSR", "recording_segment",
                "Art 15 access request");
        assertThat(line.recordTypeCode()).isEqualTo("record.recording-segment");
        assertThat(line.purposeCode()).isEqualTo("purpose.dsr-access");
        assertThat(DsrCode.purpose("Art 21(1) compelling grounds: debt-collection")).isEqualTo("purpose.compelling-grounds");
        assertThat(DsrCode.purpose("Art 21 objection")).isEqualTo("purpose.dsr-objection");
        assertThat(DsrCode.purpose("something new")).isNull();
        assertThat(DsrCode.recordType("no-such-type")).isNull();
    }
}
