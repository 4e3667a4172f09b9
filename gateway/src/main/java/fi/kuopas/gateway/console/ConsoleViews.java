package fi.kuopas.gateway.console;

import fi.kuopas.gateway.audit.SuiteAuditVerification;
import io.quarkus.qute.TemplateExtension;
import fi.kuopas.gateway.breach.BreachDtos;
import fi.kuopas.gateway.documents.Texts;
import fi.kuopas.gateway.retention.RetentionOverview;
import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.gateway.service.CaseViews;
import fi.kuopas.privacy.dsr.ErasureReport;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;

/** What the console's templates read. */
@TemplateData(target = CaseViews.CaseView.class)
@TemplateData(target = CaseViews.CaseSummary.class)
@TemplateData(target = CaseViews.SubjectView.class)
@TemplateData(target = CaseViews.VerificationView.class)
@TemplateData(target = CaseViews.ExtensionView.class)
@TemplateData(target = CaseViews.RegisterView.class)
@TemplateData(target = CaseViews.StepView.class)
@TemplateData(target = CaseViews.IdentifierView.class)
@TemplateData(target = CaseViews.MatchView.class)
@TemplateData(target = CaseViews.ErasureApproval.class)
@TemplateData(target = CaseViews.AnswerView.class)
@TemplateData(target = CaseViews.RefusalView.class)
@TemplateData(target = CaseViews.PauseView.class)
@TemplateData(target = CaseViews.RecipientView.class)
@TemplateData(target = CaseReport.ErasurePreview.class)
@TemplateData(target = ErasureReport.class)
@TemplateData(target = ErasureReport.Erased.class)
@TemplateData(target = ErasureReport.Kept.class)
@TemplateData(target = BreachDtos.BreachView.class)
@TemplateData(target = SuiteAuditVerification.Result.class)
@TemplateData(target = SuiteAuditVerification.ServiceResult.class)
@TemplateData(target = RetentionOverview.RuleCount.class)
public final class ConsoleViews {

    private ConsoleViews() {
    }

    /** The filters the list was asked for, echoed into the filter form and the paging links. */
    @TemplateData
    public record Filter(String status, String type, String filter) {

        public String query() {
            StringBuilder q = new StringBuilder();
            if (status != null && !status.isBlank()) {
                q.append("&status=").append(status);
            }
            if (type != null && !type.isBlank()) {
                q.append("&type=").append(type);
            }
            if (filter != null) {
                q.append("&filter=").append(filter);
            }
            return q.toString();
        }
    }

    /** The open-case form as submitted, shown again beside its errors. */
    @TemplateData
    public record OpenForm(String type, String personalIdentityCode, String email, String phone, String name, String birthDate,
            String verificationMethod, String verificationReference, String details) {
    }

    /** The retention page: when the registers were asked, and one row per register with its dates in the page's language. */
    @TemplateData
    public record Retention(String checkedAt, List<RetentionRow> rows) {
    }

    /** One register's latest retention run as the retention page shows it. */
    @TemplateData
    public record RetentionRow(String register, String status, String problem, String startedAt, String finishedAt, Boolean dryRun,
            List<RetentionOverview.RuleCount> rules) {
    }

    static Retention retention(RetentionOverview.Result result, Texts texts) {
        return new Retention(texts.dateTime(result.checkedAt()), result.registers().stream()
                .map(r -> new RetentionRow(r.register(), r.status(), r.problem(), texts.dateTime(r.startedAt()),
                        texts.dateTime(r.finishedAt()), r.dryRun(), r.rules()))
                .toList());
    }

    /** The newest seal's age, for the audit page ({@code s.sealAge}). */
    @TemplateExtension
    static String sealAge(SuiteAuditVerification.ServiceResult service) {
        return age(service.newestSealAgeSeconds());
    }

    /** A seal's age as a person reads it: seconds, minutes, hours or days. */
    static String age(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 2 * 86_400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86_400 + " d";
    }

    /** The console's language: the first of fi, sv, en the browser accepts, else Finnish. */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "fi";
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> r.getRange().toLowerCase(Locale.ROOT))
                    .map(r -> r.contains("-") ? r.substring(0, r.indexOf('-')) : r).filter(Texts.LANGUAGES::contains)
                    .findFirst().orElse("fi");
        } catch (IllegalArgumentException e) {
            return "fi";
        }
    }
}
