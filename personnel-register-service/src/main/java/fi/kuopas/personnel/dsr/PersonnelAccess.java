package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import static fi.kuopas.privacy.dsr.AccessReports.row;

import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Assessment;
import fi.kuopas.personnel.domain.CreditCheck;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.JobPosting;
import fi.kuopas.personnel.domain.ReferenceCheck;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import fi.kuopas.personnel.retention.RetentionRules;
import fi.kuopas.personnel.service.PersonKeys;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReport.Category;
import fi.kuopas.privacy.dsr.AccessReports;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The personnel register's part of an Art 15 answer: each category with purpose, basis, sources, recipients and retention. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelAccess implements SubjectRegisterParts.Access {

    /*
     * The regular recipients of personnel data, as the register description names them.
     *
     * Art 19: the personnel register records no disclosures per person (it has no disclosure log; what
     * goes to the Incomes Register, the pension and accident insurers or occupational health care is not
     * recorded here). So the answers name the description's standing recipients that routinely receive
     * an employee's data, and only where they apply to the subject's records: restriction and an
     * applied rectification name EMPLOYEE_RECIPIENTS when the subject has an employee record; an erasure
     * names, per erased category of an employee's data, the recipients of that kind of data (the lists the
     * access report shows), and none for what it keeps. An applicant's data goes to none of them. The
     * payroll service provider is named because it receives the pay data to calculate pay; the IT service
     * providers are not: they host this register, so a change made here is made in their systems too.
     */
    static final String INCOMES_REGISTER = "Incomes Register Unit (Finnish Tax Administration), Incomes Register (Tulorekisteri)";
    static final String PENSION = "Earnings-related pension insurance company";
    static final String OCCUPATIONAL_HEALTH = "Occupational health care provider";
    static final String ACCIDENT_INSURER = "Statutory accident insurance company";
    static final String PAYROLL_PROCESSOR = "Payroll service provider (processor)";
    static final String IT_PROCESSORS = "IT service providers of the HR systems (processors)";

    static final List<String> EMPLOYEE_RECIPIENTS = List.of(INCOMES_REGISTER, PENSION, OCCUPATIONAL_HEALTH, ACCIDENT_INSURER,
            PAYROLL_PROCESSOR);
    /** Pay and tax data: payroll references, pay, tax withholding. */
    static final List<String> PAY_RECIPIENTS = List.of(INCOMES_REGISTER, PAYROLL_PROCESSOR, PENSION);
    /** Working time, leave and absence days. */
    static final List<String> WORKING_TIME_RECIPIENTS = List.of(PAYROLL_PROCESSOR);
    /** Health data (absences with their reasons). */
    static final List<String> HEALTH_RECIPIENTS = List.of(OCCUPATIONAL_HEALTH, ACCIDENT_INSURER);

    private final PersonnelSubjectLookup lookup;
    private final PersonKeys keys;
    private final AuditLog audit;
    private final RetentionRules rules;

    public PersonnelAccess(PersonnelSubjectLookup lookup, PersonKeys keys, AuditLog audit, RetentionRules rules) {
        this.lookup = lookup;
        this.keys = keys;
        this.audit = audit;
        this.rules = rules;
    }

    /** The given standing recipients of an employee, once each, in the order of {@link #EMPLOYEE_RECIPIENTS}. */
    static List<String> ofEmployee(Collection<String> recipients) {
        return EMPLOYEE_RECIPIENTS.stream().filter(recipients::contains).toList();
    }

    /** The Art 15 answer on the included records only; the access log only by the keys they are filed under. */
    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        PersonnelSubjectLookup.Records r = lookup.records(subject);
        Set<String> recordKeys = r.recordKeys();
        List<AccessReport.AccessLogLine> log = AccessReports.accessLog(recordKeys);
        recordKeys.forEach(k -> audit.record(AuditAction.DSR, k, "personnel", caseId.toString(), "Art 15 access request"));
        List<Category> categories = new ArrayList<>();
        if (!r.employees().isEmpty()) {
            categories.addAll(employeeCategories(r.employees()));
        }
        if (!r.applicants().isEmpty()) {
            categories.addAll(applicantCategories(r.applicants()));
        }
        return new AccessReport(PersonnelSubjectLookup.REGISTER, r.found(), categories, log, Instant.now(), r.possibleMatches());
    }

    private List<Category> employeeCategories(List<Employee> employees) {
        List<UUID> ids = employees.stream().map(e -> e.id).toList();
        List<EmploymentContract> contracts = EmploymentContract.list("employeeId in ?1 ORDER BY startDate", ids);
        List<WorkingTimeSummary> time = WorkingTimeSummary.list("employeeId in ?1 ORDER BY period", ids);
        List<Absence> absences = Absence.list("employeeId in ?1 ORDER BY startDate", ids);
        List<String> sources = employees.stream().map(e -> e.source.describe()).distinct().toList();
        return List.of(
                new Category("Personal and contact data", "Employment: managing the employment relationship",
                        "GDPR Art 6(1)(b); Act 759/2004 §3 (necessity)", sources,
                        List.of(PENSION, OCCUPATIONAL_HEALTH, ACCIDENT_INSURER, IT_PROCESSORS),
                        coreRetention(), true, employees.stream().map(this::employeeRow).toList()),
                new Category("Employment data", "Employment: contracts, position and duties",
                        "GDPR Art 6(1)(b)", List.of("The data subject", "Kuopas Oy"), List.of(PENSION),
                        coreRetention(), true, contracts.stream().map(PersonnelAccess::contractRow).toList()),
                new Category("Pay and tax data", "Payroll, tax withholding and reports to the Incomes Register",
                        "GDPR Art 6(1)(c); Act on the Incomes Information System 53/2018; Accounting Act 1336/1997",
                        List.of("The data subject", "Finnish Tax Administration"),
                        PAY_RECIPIENTS,
                        "Vouchers " + rules.payrollYears() + " years, books 10 years from the end of the financial year "
                                + "(Accounting Act 1336/1997 ch. 2 §10)",
                        false, employees.stream().map(this::payRow).toList()),
                new Category("Working time, leave and absences", "Statutory working-time and annual-leave records",
                        "GDPR Art 6(1)(c); Working Hours Act 872/2019; Annual Holidays Act 162/2005",
                        List.of("The data subject", "Kuopas Oy"), WORKING_TIME_RECIPIENTS,
                        rules.otherHrYears() + " years after the employment ends", false,
                        time.stream().map(PersonnelAccess::timeRow).toList()),
                new Category("Health data (kept separately)", "Occupational health care, sick pay and work ability",
                        "GDPR Art 6(1)(c) and 9(2)(b); Act 759/2004 §5; Occupational Health Care Act 1383/2001",
                        Stream.concat(Stream.of("The data subject"), absences.stream().map(a -> a.source.describe())).distinct().toList(),
                        HEALTH_RECIPIENTS,
                        "Deleted when no longer needed, at the latest " + rules.otherHrYears() + " years after the employment ends",
                        false,
                        absences.stream().map(this::absenceRow).toList()));
    }

    private List<Category> applicantCategories(List<JobApplicant> applicants) {
        List<UUID> ids = applicants.stream().map(a -> a.id).toList();
        List<Application> apps = Application.list("applicantId in ?1 ORDER BY createdAt", ids);
        List<UUID> appIds = apps.stream().map(a -> a.id).toList();
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!appIds.isEmpty()) {
            Assessment.<Assessment>list("applicationId in ?1", appIds).forEach(a -> {
                evidence.add(row("type", "aptitude assessment", "provider", a.provider, "summary", a.summary,
                        "performedAt", a.performedAt, "source", a.source.describe()));
                sources.add(a.source.describe());
            });
            ReferenceCheck.<ReferenceCheck>list("applicationId in ?1", appIds).forEach(r -> {
                // The referee is another person: their identity is withheld (Art 15(4)).
                evidence.add(row("type", "reference check", "refereeOrganisation", r.refereeOrganisation,
                        "summary", r.summary, "checkedAt", r.checkedAt, "source", r.source.describe()));
                sources.add(r.source.describe());
            });
            CreditCheck.<CreditCheck>list("applicationId in ?1", appIds).forEach(c -> {
                evidence.add(row("type", "credit check summary", "summary", c.summary, "youWereInformedAt",
                        c.applicantInformedAt, "checkedAt", c.checkedAt, "source", c.source.describe()));
                sources.add(c.source.describe());
            });
        }
        ApplicantConsent.<ApplicantConsent>list("applicantId in ?1", ids).forEach(c -> evidence.add(row("type",
                "your consent", "kind", c.kind.name(), "givenAt", c.givenAt, "withdrawnAt", c.withdrawnAt)));
        return List.of(
                new Category("Application and recruitment data", "Recruitment: assessing applications and notifying the outcome",
                        "GDPR Art 6(1)(f): assessing applicants' suitability; Act 759/2004 §3-4",
                        Stream.concat(Stream.of("The data subject"), apps.stream().map(a -> a.source.describe())).distinct().toList(),
                        List.of(IT_PROCESSORS),
                        "Applicants not selected: " + rules.applicantYears() + " year(s) after the decision was notified or, "
                                + "without a notification, after the job posting closed; applications undecided when the "
                                + "posting closed: " + rules.applicantYears() + " year(s) after it closed", false,
                        Stream.concat(applicants.stream().map(this::applicantRow),
                                apps.stream().map(PersonnelAccess::applicationRow)).toList()),
                new Category("Assessments, reference and credit checks", "Recruitment: suitability for the position",
                        "Your consent for assessments and reference checks (Act 759/2004 §4, §13); credit checks only for "
                                + "positions requiring special trustworthiness (Act 759/2004 §4(2), Credit Information Act 527/2007)",
                        sources.stream().distinct().toList(), List.of(),
                        "With the application", false, evidence));
    }

    private String coreRetention() {
        return rules.coreYears() + " years after the employment ends (Employment Contracts Act 55/2001 ch. 6 §7)";
    }

    private Map<String, Object> employeeRow(Employee e) {
        String code = keys.identityCode(e.picEncrypted);
        return row("firstName", e.firstName, "lastName", e.lastName,
                "personalIdentityCode", PersonalIdentityCode.mask(code), "temporaryIdentityCode", PersonKeys.isTemporary(code),
                "birthDate", e.birthDate, "email", e.email, "phone", e.phone, "address", e.address,
                "position", e.position, "team", e.team, "userName", e.username, "source", e.source.describe());
    }

    private Map<String, Object> payRow(Employee e) {
        String stored = keys.decrypt(e.bankAccountEncrypted);
        String iban = stored == null ? null : stored.replace(" ", "");
        return row("bankAccount", iban == null ? null : "**** " + iban.substring(Math.max(0, iban.length() - 4)),
                "taxCardReference", e.taxCardReference);
    }

    private Map<String, Object> absenceRow(Absence a) {
        return row("kind", a.kind.name(), "startDate", a.startDate, "endDate", a.endDate,
                "certificateIssuer", a.certificateIssuer, "details", keys.decrypt(a.detailsEncrypted),
                "source", a.source.describe());
    }

    private Map<String, Object> applicantRow(JobApplicant a) {
        return row("firstName", a.firstName, "lastName", a.lastName, "email", a.email, "phone", a.phone,
                "birthDate", a.birthDate, "objectedAt", a.objectedAt);
    }

    private static Map<String, Object> applicationRow(Application a) {
        JobPosting p = JobPosting.findById(a.postingId);
        return row("position", p.title, "receivedAt", a.createdAt, "cv", a.cvText, "interviewNotes", a.interviewNotes,
                "outcome", a.outcome.name(), "notifiedAt", a.notifiedAt, "source", a.source.describe());
    }

    private static Map<String, Object> contractRow(EmploymentContract c) {
        return row("startDate", c.startDate, "endDate", c.endDate, "type", c.type.name(), "workingTime",
                c.workingTime.name(), "fixedTermReason", c.fixedTermReason);
    }

    private static Map<String, Object> timeRow(WorkingTimeSummary w) {
        return row("period", w.period, "regularHours", w.regularHours, "overtimeHours", w.overtimeHours,
                "annualLeaveDays", w.annualLeaveDays, "absenceDays", w.absenceDays);
    }
}
