package fi.kuopas.privacy.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessReportsTest {

    @Test
    void shouldKeepTheFieldsInTheOrderGivenWithNullValues() {
        var row = AccessReports.row("firstName", "Aino", "endDate", null, "count", 3);
        assertThat(row.keySet()).containsExactly("firstName", "endDate", "count");
        assertThat(row).containsEntry("firstName", "Aino").containsEntry("endDate", null).containsEntry("count", 3);
    }

    @Test
    void shouldRefuseANameWithoutAValue() {
        assertThatThrownBy(() -> AccessReports.row("firstName", "Aino", "lastName"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAnswerNoLogLinesForNoKeysWithoutReadingTheLog() {
        assertThat(AccessReports.accessLog(List.of())).isEmpty();
    }
}
