package fi.kuopas.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.gateway.service.CaseViews.SubjectView;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The registers' answers as they send them (codes beside English words, through JSON like the SPI) in
 * the subject's language: no text line of the Finnish or Swedish report may equal a line of the English
 * one — the "152 of 364 long lines identical" measure, for an erasure with kept items, refusals
 * and an access report with access-log lines. Answers without codes (as registers sent them before)
 * are measured too, so the count before and after is printed side by side.
 */
@QuarkusTest
class CodedDocumentsTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    Documents documents;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldLeaveNoEnglishLineInTheFinnishAndSwedishReports() throws Exception {
        CaseReport coded = report(true);
        CaseReport legacy = report(false);
        Set<String> en = lines(render(coded, "en"));
        Set<String> enLegacy = lines(render(legacy, "en"));
        for (String lang : List.of("fi", "sv")) {
            Set<String> before = identical(lines(render(legacy, lang)), enLegacy);
            Set<String> after = identical(lines(render(coded, lang)), en);
            System.out.printf("[i18n] %s report: %d of %d long lines identical to English without codes, %d of %d with codes "
                    + "(of which language-neutral, the subject's name and masked id: %d)%n", lang, before.size(),
                    lines(render(legacy, lang)).size(), after.size(), lines(render(coded, lang)).size(),
                    after.stream().filter(CodedDocumentsTest::neutral).count());
            assertThat(before).as("the measure sees the registers' English without codes").isNotEmpty();
            assertThat(after.stream().filter(l -> !neutral(l)).toList()).as("%s lines identical to the English report", lang)
                    .isEmpty();
        }
        String fi = render(coded, "fi");
        assertThat(fi).contains("kirjanpitolaki 1336/1997", "vuokrasopimuksen L-1001 vuokrareskontra",
                "markkinointi kanavassa sähköposti lopetettu", "käyttötarkoitus: tarkastuspyyntö (15 art.)", "31.12.2036");
        assertThat(render(coded, "sv")).contains("bokföringslagen 1336/1997", "hyresreskontra för hyresavtal L-1001");
        assertThat(render(coded, "en")).contains("marketing by email stopped", "rent ledger of lease L-1001");
    }

    @Test
    void shouldShowAnUnknownCodeInTheRegistersEnglishWords() throws Exception {
        DsrOutcome newer = new DsrOutcome("customer", true, List.of("something a newer register did"), List.of(), List.of(),
                List.of(), List.of(new DsrText("applied.from-the-future", Map.of())), List.of());
        CaseReport r = new CaseReport(UUID.randomUUID(), RequestType.OBJECTION, CaseStatus.COMPLETED, Instant.now(), Instant.now(),
                "fi", null, null, null, null, List.of(newer), null, null, null, null, null, null, null);
        assertThat(render(r, "fi")).contains("something a newer register did");
    }

    private String render(CaseReport r, String lang) {
        return documents.report(new ReportDocument(Texts.of(lang, HELSINKI), List.of(), List.of()).view(r), false);
    }

    /** The text lines of a page long enough to be sentences (three words or more): ids, names and dates drop out. */
    private static Set<String> lines(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", "\n")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> l.length() >= 20 && l.split("\\s+").length >= 3)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A line that reads the same in every language: the subject's name and masked identity code. */
    private static boolean neutral(String line) {
        return line.equals("Matti Meikäläinen, 131052-****");
    }

    private static Set<String> identical(Set<String> lines, Set<String> english) {
        return lines.stream().filter(english::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One case's answers from a customer register, through JSON; without codes as registers sent them before. */
    private CaseReport report(boolean codes) throws Exception {
        Instant at = Instant.parse("2026-04-01T09:00:00Z");
        AccessReport access = new AccessReport("customer", true, List.of(), List.of(
                new AccessReport.AccessLogLine(at, "customer-service", "VIEW", "person", "customer relationship"),
                new AccessReport.AccessLogLine(at, "dsr-gateway", "DSR", "person", "Art 15 access request"),
                new AccessReport.AccessLogLine(at, "letting-officer", "CREATE", "credit-check", "tenant selection (decision support)"),
                new AccessReport.AccessLogLine(at, "security-officer", "VIEW", "recording_segment", "view: incident")), at);
        ErasureReport erasure = new ErasureReport("customer", false, List.of(
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_CREDIT_CHECKS), 1),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_PERSON_ANONYMISED), 1)), List.of(
                ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_RENT_LEDGER, "lease", "L-1001"), 1,
                        DsrText.of(DsrCode.KEPT_ACCOUNTING), DsrText.of(DsrCode.REF_ACCOUNTING_ACT), LocalDate.of(2036, 12, 31)),
                ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_DEBT_COLLECTION), 2,
                        DsrText.of(DsrCode.KEPT_OPEN_DEBT), DsrText.of(DsrCode.REF_LIMITATION_OF_DEBTS), null),
                ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CCTV_RECORDINGS), 3,
                        DsrText.of(DsrCode.KEPT_LEGAL_HOLD, "kind", "INCIDENT", "reason", "police report 123/2026"),
                        DsrText.of(DsrCode.REF_CCTV_LEGAL_HOLD), LocalDate.of(2027, 1, 31))));
        DsrOutcome objection = DsrOutcome.coded("customer", true, List.of(
                DsrText.of(DsrCode.APPLIED_CHANNEL_STOPPED, "channel", "EMAIL"),
                DsrText.of(DsrCode.APPLIED_DEBT_COLLECTION_STOPPED, "interest", "debt-collection")), List.of(
                DsrText.of(DsrCode.REFUSED_COMPELLING_GROUNDS, "interest", "co-residents", "date", "2026-03-02",
                        "grounds", "Vuokrasopimuksen mukainen asumisoikeus"),
                DsrText.of(DsrCode.REFUSED_EMPLOYMENT),
                DsrText.of(DsrCode.REFUSED_AT_SOURCE, "field", "streetAddress", "source", "DVV")), List.of(), List.of());
        if (!codes) {
            access = new AccessReport(access.register(), true, List.of(), access.accessLog().stream()
                    .map(l -> new AccessReport.AccessLogLine(l.at(), l.actorRoles(), l.action(), l.recordType(), l.purpose(), 1, l.at(),
                            null, null)).toList(), at);
            erasure = new ErasureReport("customer", false,
                    erasure.erased().stream().map(e -> new ErasureReport.Erased(e.category(), e.count())).toList(),
                    erasure.kept().stream().map(k -> new ErasureReport.Kept(k.category(), k.count(), k.reason(), k.legalReference(),
                            k.until())).toList());
            objection = new DsrOutcome("customer", true, objection.applied(), objection.refused(), List.of());
        }
        // Through the wire format, as the gateway's REST client reads a register's answer.
        access = mapper.readValue(mapper.writeValueAsString(access), AccessReport.class);
        erasure = mapper.readValue(mapper.writeValueAsString(erasure), ErasureReport.class);
        objection = mapper.readValue(mapper.writeValueAsString(objection), DsrOutcome.class);
        return new CaseReport(UUID.fromString("00000000-0000-0000-0000-000000000018"), RequestType.ERASURE, CaseStatus.COMPLETED,
                at, at, "fi", new SubjectView("Matti Meikäläinen", "131052-****", null, null, null), List.of(access), null,
                List.of(erasure), List.of(objection), null, null, null, null, null, null, null);
    }
}
