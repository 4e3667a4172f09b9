package fi.kuopas.gateway.service;

import fi.kuopas.gateway.documents.Msg;
import fi.kuopas.gateway.documents.Texts;

import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.mapping.CaseMapping;
import fi.kuopas.gateway.rest.CaseDtos.ErasureApproval;
import fi.kuopas.gateway.service.CaseReport.ErasurePreview;
import fi.kuopas.gateway.service.CaseReport.PortableCategory;
import fi.kuopas.gateway.service.CaseReport.PortableRegister;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Assembles a case's result from the registers' answers. Refuses (409, naming the registers) while
 * any register is pending, so no report ever silently lacks a register.
 */
@ApplicationScoped
public class CaseReportAssembler {

    private final CaseSecrets secrets;
    private final CaseJournal journal;
    private final CaseMatches matches;
    private final RecipientNotifications recipients;

    public CaseReportAssembler(CaseSecrets secrets, CaseJournal journal, CaseMatches matches, RecipientNotifications recipients) {
        this.recipients = recipients;
        this.secrets = secrets;
        this.journal = journal;
        this.matches = matches;
    }

    @Transactional
    public CaseReport report(UUID id, String lang) {
        return report(id, lang, List.of());
    }

    /** The report, with the registers' descriptions for naming recipients and transfer safeguards in an access report. */
    @Transactional
    public CaseReport report(UUID id, String lang, List<fi.kuopas.privacy.dsr.RegisterDescription> descriptions) {
        DsrCase c = CaseQueries.find(id);
        if (c.status == CaseStatus.CANCELLED) {
            throw ProblemException.conflict("the case was cancelled; it has no report");
        }
        if (c.status == CaseStatus.REFUSED) {
            throw ProblemException.conflict("the case was refused; the refusal notice is its answer");
        }
        Phase phase = c.type == RequestType.ERASURE ? Phase.ERASURE : c.type.firstPhase();
        List<RegisterTask> tasks = RegisterTask.list("caseId = ?1 AND phase = ?2 AND round = ?3", Sort.by("registerUrl"), c.id,
                phase, c.round);
        // While the DPO decides possible matches the answers are final for the identifiers proved so far: a draft.
        boolean draft = c.status == CaseStatus.AWAITING_MATCH_DECISION && !tasks.isEmpty()
                && tasks.stream().allMatch(t -> t.status == RegisterTask.Status.DONE);
        if (c.status != CaseStatus.COMPLETED && !draft) {
            throw incomplete(c);
        }
        journal.read(c, AuditAction.EXPORT, "dsr_report");
        Msg texts = Texts.msg(lang);
        List<AccessReport> access = null;
        List<PortableRegister> portability = null;
        List<ErasureReport> erasure = null;
        List<DsrOutcome> outcomes = null;
        switch (c.type) {
            case ACCESS -> access = results(tasks, AccessReport.class).stream().map(ReportHygiene::grouped).toList();
            case PORTABILITY -> portability = results(tasks, AccessReport.class).stream().map(CaseReportAssembler::portable).toList();
            case ERASURE -> erasure = results(tasks, ErasureReport.class);
            default -> outcomes = results(tasks, DsrOutcome.class);
        }
        return new CaseReport(c.id, c.type, c.status, c.receivedAt, c.completedAt, lang,
                CaseQueries.subjectView(secrets.open(c.subjectEncrypted, SubjectIdentifiers.class)),
                access, portability, erasure, outcomes, texts.rights_text(), texts.complaint_text(), texts.automated_text(),
                ReportHygiene.withoutStaff(CaseMapping.matches(matches.list(c.id))), ReportHygiene.withoutStaff(erasureApproval(c)),
                CaseMapping.recipients(recipients.list(c.id), false), access == null ? null : disclosures(access, descriptions));
    }

    @Transactional
    public ErasurePreview erasurePreview(UUID id) {
        DsrCase c = CaseQueries.find(id);
        if (c.type != RequestType.ERASURE) {
            throw ProblemException.conflict("only an ERASURE case has an erasure preview");
        }
        List<RegisterTask> previews = RegisterTask.list("caseId = ?1 AND phase = ?2 AND round = ?3", Sort.by("registerUrl"), c.id,
                Phase.ERASURE_PREVIEW, c.round);
        List<String> pending = previews.stream().filter(t -> t.status != RegisterTask.Status.DONE).map(RegisterTask::label).toList();
        if (!pending.isEmpty()) {
            throw new CaseIncompleteException("the erasure preview is not complete; pending registers: "
                    + String.join(", ", pending), pending);
        }
        journal.read(c, AuditAction.VIEW, "dsr_erasure_preview");
        return new ErasurePreview(c.id, c.status, results(previews, ErasureReport.class), CaseMapping.matches(matches.list(c.id)),
                erasureApproval(c));
    }

    private CaseIncompleteException incomplete(DsrCase c) {
        List<String> pending = RegisterTask.<RegisterTask>list("caseId = ?1 AND status = ?2", Sort.by("registerUrl"), c.id,
                RegisterTask.Status.PENDING).stream().map(RegisterTask::label).distinct().toList();
        String why = switch (c.status) {
            case AWAITING_VERIFICATION -> "the subject's identity is not verified yet, so no register has been asked";
            case AWAITING_ERASURE_CONFIRMATION -> "the erasure has been previewed but not approved and executed "
                    + "(POST .../erasure-approval by a second DPO, then POST .../erasure-execution)";
            case AWAITING_MATCH_DECISION -> "possible matches await the DPO's decision before the erasure";
            case AWAITING_LIFT_NOTICE -> "the subject must be told before the restriction is lifted (POST .../lift-notice)";
            default -> "the case is not complete";
        };
        return new CaseIncompleteException(pending.isEmpty() ? why : why + "; pending registers: " + String.join(", ", pending),
                pending);
    }

    /** Recipients by name and transfers with their safeguards, for each register that answered. */
    private static List<CaseReport.RegisterDisclosures> disclosures(List<AccessReport> access,
            List<fi.kuopas.privacy.dsr.RegisterDescription> descriptions) {
        return access.stream().filter(AccessReport::subjectFound).map(a -> descriptions.stream()
                        .filter(d -> d.register() != null && d.register().equals(a.register())).findFirst()
                        .map(d -> new CaseReport.RegisterDisclosures(a.register(), d.recipients(), d.transfers()))
                        .orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** Art 20(1)(a): consent (6(1)(a), 9(2)(a)) or contract (6(1)(b)). */
    static boolean portableBasis(String legalBasis) {
        if (legalBasis == null) {
            return false;
        }
        String b = legalBasis.replace(" ", "");
        return b.contains("6(1)(a)") || b.contains("6(1)(b)") || b.contains("9(2)(a)");
    }

    /** The portability package's data: the completed PORTABILITY case's portable categories. */
    @Transactional
    public List<PortableRegister> portability(UUID id) {
        DsrCase c = CaseQueries.find(id);
        if (c.type != RequestType.PORTABILITY) {
            throw ProblemException.conflict("only a PORTABILITY case has a portability package");
        }
        if (c.status != CaseStatus.COMPLETED) {
            throw incomplete(c);
        }
        List<RegisterTask> tasks = RegisterTask.list("caseId = ?1 AND phase = ?2 AND round = ?3", Sort.by("registerUrl"), c.id,
                Phase.ACCESS, c.round);
        journal.read(c, AuditAction.EXPORT, "dsr_portability_package");
        return results(tasks, AccessReport.class).stream().map(CaseReportAssembler::portable).toList();
    }

    static ErasureApproval erasureApproval(DsrCase c) {
        return c.type != RequestType.ERASURE ? null : new ErasureApproval(c.createdBy, c.erasureApprovedBy, c.erasureApprovedAt);
    }

    private <T> List<T> results(List<RegisterTask> tasks, Class<T> type) {
        return tasks.stream().map(t -> secrets.open(t.resultEncrypted, type)).toList();
    }

    /**
     * Art 20 covers only data the subject provided and that is processed on consent or contract by
     * automated means. The register's flag is not enough: a category on any other basis (e.g. a legal
     * obligation, 6(1)(c), or legitimate interests, 6(1)(f)) is never portable, whatever it says.
     */
    static PortableRegister portable(AccessReport r) {
        List<AccessReport.Category> categories = r.categories() == null ? List.of() : r.categories();
        return new PortableRegister(r.register(), categories.stream()
                .filter(cat -> cat.portable() && portableBasis(cat.legalBasis()))
                .map(cat -> new PortableCategory(cat.name(), cat.purpose(), cat.legalBasis(),
                        cat.records() == null ? List.of() : cat.records()))
                .toList());
    }
}
