package fi.kuopas.stakeholder.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.stakeholder.rest.StakeholderDtos.ExportRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldWriteAHeaderAndOneQuotedRowPerRecipient() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String csv = Csv.of(List.of(new ExportRow(id, "Åsa", "Öhman, \"Ösa\"", "asa@example.fi", "Äijälä Oy", "sv")));
        assertThat(csv).isEqualTo(Csv.HEADER + "\r\n"
                + "00000000-0000-0000-0000-000000000001,Åsa,\"Öhman, \"\"Ösa\"\"\",asa@example.fi,Äijälä Oy,sv\r\n");
    }

    @Test
    void shouldDefuseCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+358401234567")).isEqualTo("'+358401234567");
        assertThat(Csv.cell("@foo")).isEqualTo("'@foo");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
