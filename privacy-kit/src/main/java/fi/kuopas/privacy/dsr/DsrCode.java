package fi.kuopas.privacy.dsr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shared vocabulary of the registers' DSR answers: every category, reason, legal reference, applied
 * or refused change, access-log record type and purpose a register can send, as a stable code with its
 * English wording (the free text the SPI carried before codes). The gateway words each code in fi, sv
 * and en from its message bundles; a test there fails on a code without a text in every language.
 * Codes never change meaning; a new text is a new code. {@code {name}} is a parameter; a parameter whose
 * value is itself a code of this vocabulary ({@code channel.EMAIL}) is worded too.
 */
public enum DsrCode {

    // Record types of the access log (what was consulted).
    RECORD_ABSENCE("record.absence", "absence"),
    RECORD_APPLICANT("record.applicant", "applicant"),
    RECORD_APPLICANT_CONSENT("record.applicant-consent", "applicant consent"),
    RECORD_ASSESSMENT("record.assessment", "assessment"),
    RECORD_COLLECTION_CASE("record.collection-case", "collection case"),
    RECORD_COMPELLING_GROUNDS("record.compelling-grounds", "compelling grounds"),
    RECORD_CONSENT("record.consent", "consent"),
    RECORD_CONSENT_HISTORY("record.consent-history", "consent history"),
    RECORD_CONSENT_STATE("record.consent-state", "consents in force"),
    RECORD_CONTACT_PERSON("record.contact-person", "contact person"),
    RECORD_CREDIT_CHECK("record.credit-check", "credit check"),
    RECORD_DISCLOSURE("record.disclosure", "disclosure"),
    RECORD_EMPLOYEE("record.employee", "employee"),
    RECORD_EMPLOYMENT_CONTRACT("record.employment-contract", "employment contract"),
    RECORD_FAULT_REPORT("record.fault-report", "fault report"),
    RECORD_FOOTAGE_REQUEST("record.footage-request", "footage request"),
    RECORD_HOUSING_APPLICATION("record.housing-application", "housing application"),
    RECORD_JOB_APPLICATION("record.job-application", "job application"),
    RECORD_MAILING_LIST_MEMBER("record.mailing-list-member", "mailing list membership"),
    RECORD_MARKETING_PREFERENCE("record.marketing-preference", "marketing permission"),
    RECORD_OBJECTION("record.objection", "objection"),
    RECORD_PERSON("record.person", "person"),
    RECORD_PERSONNEL("record.personnel", "personnel data"),
    RECORD_RECORDING_SEGMENT("record.recording-segment", "camera recording"),
    RECORD_REFERENCE_CHECK("record.reference-check", "reference check"),
    RECORD_SURVEY_RESPONSE("record.survey-response", "survey response"),
    RECORD_TENANT_SELECTION_DECISION("record.tenant-selection-decision", "tenant-selection decision"),
    RECORD_WORKING_TIME("record.working-time", "working time"),

    // Purposes of the access log (why it was consulted).
    PURPOSE_DSR_ACCESS("purpose.dsr-access", "Art 15 access request"),
    PURPOSE_DSR_RECTIFICATION("purpose.dsr-rectification", "Art 16 rectification"),
    PURPOSE_DSR_ERASURE("purpose.dsr-erasure", "Art 17 erasure"),
    PURPOSE_DSR_RESTRICTION("purpose.dsr-restriction", "Art 18 restriction"),
    PURPOSE_RESTRICTED_REFUSAL("purpose.restricted-refusal", "refused: processing restricted (Art 18)"),
    PURPOSE_COMPELLING_GROUNDS("purpose.compelling-grounds", "Art 21(1) compelling grounds"),
    PURPOSE_DSR_OBJECTION("purpose.dsr-objection", "Art 21 objection"),
    PURPOSE_MAINTENANCE("purpose.maintenance", "maintenance of the apartment"),
    PURPOSE_CUSTOMER_SURVEYS("purpose.customer-surveys", "customer surveys"),
    PURPOSE_PMS_INTEGRATION("purpose.pms-integration", "property management integration"),
    PURPOSE_DEBT_COLLECTION("purpose.debt-collection", "collection of rent debt"),
    PURPOSE_CUSTOMER_RELATIONSHIP("purpose.customer-relationship", "customer relationship"),
    PURPOSE_LEASE_MANAGEMENT("purpose.lease-management", "lease management"),
    PURPOSE_TENANT_SELECTION("purpose.tenant-selection", "tenant selection"),
    PURPOSE_POPULATION_REGISTER("purpose.population-register", "population register refresh"),
    PURPOSE_DISCLOSURE("purpose.disclosure", "disclosure"),
    PURPOSE_RETENTION("purpose.retention", "retention"),
    PURPOSE_CONSENT_MANAGEMENT("purpose.consent-management", "consent management"),
    PURPOSE_OBJECTION_HANDLING("purpose.objection-handling", "objection handling"),
    PURPOSE_OCCUPATIONAL_HEALTH("purpose.occupational-health", "occupational health and sick pay"),
    PURPOSE_EMPLOYMENT("purpose.employment", "employment administration"),
    PURPOSE_RECRUITMENT("purpose.recruitment", "recruitment"),
    PURPOSE_STAKEHOLDER_COMMUNICATION("purpose.stakeholder-communication", "stakeholder communication"),
    PURPOSE_FOOTAGE_REQUEST("purpose.footage-request", "footage request handling"),
    PURPOSE_FOOTAGE_VIEW("purpose.footage-view", "viewing recordings"),

    // Values that parameters name.
    CHANNEL_EMAIL("channel.EMAIL", "email"),
    CHANNEL_SMS("channel.SMS", "SMS"),
    CHANNEL_POST("channel.POST", "post"),
    CHANNEL_SURVEY("channel.SURVEY", "surveys"),
    INTEREST_DEBT_COLLECTION("interest.debt-collection", "debt collection"),
    INTEREST_CO_RESIDENTS("interest.co-residents", "co-resident data"),
    INTEREST_CREDIT_CHECK("interest.tenant-selection-credit-check", "credit checks in tenant selection"),
    KIND_INCIDENT("kind.INCIDENT", "incident"),
    KIND_POLICE_REQUEST("kind.POLICE_REQUEST", "police request"),
    SCOPE_DIRECT_MARKETING("scope.DIRECT_MARKETING", "direct marketing"),
    SCOPE_LEGITIMATE_INTEREST("scope.LEGITIMATE_INTEREST", "processing based on legitimate interests"),
    DECISION_SUPPRESS("decision.SUPPRESS", "marketing stopped for good"),
    DECISION_STOP("decision.STOP", "processing stopped"),
    DECISION_COMPELLING_GROUNDS("decision.COMPELLING_GROUNDS", "processing continues on compelling legitimate grounds"),

    // Legal references.
    REF_CONTRACT("ref.contract", "GDPR Art 6(1)(b)"),
    REF_LIMITATION_OF_DEBTS("ref.limitation-of-debts", "Limitation of Debts Act 728/2003"),
    REF_LIMITATION_OF_DEBTS_4("ref.limitation-of-debts-4", "Limitation of Debts Act 728/2003 §4"),
    REF_ACCOUNTING_ACT("ref.accounting-act", "Accounting Act 1336/1997 ch. 2 §10 (books 10 years, vouchers 6 years)"),
    REF_NON_DISCRIMINATION("ref.non-discrimination", "Non-Discrimination Act 1325/2014"),
    REF_MARKETING_OBJECTION("ref.marketing-objection", "GDPR Art 21(3), Art 17(3)(b)"),
    REF_OBJECTION_KEPT("ref.objection-kept", "GDPR Art 17(3)(b), Art 21(3)"),
    REF_SUPPRESSION("ref.suppression", "GDPR Art 17(3)(b) with Art 21(3) and Art 7(3)"),
    REF_CCTV_LEGAL_HOLD("ref.cctv-legal-hold", "GDPR Art 17(3)(e); Act 759/2004 §17"),
    REF_ACCOUNTABILITY("ref.accountability", "GDPR Art 5(2), Art 17(3)(e)"),
    REF_EMPLOYMENT_IN_FORCE("ref.employment-in-force", "GDPR Art 6(1)(b),(c) and 17(3)(b); Act 759/2004 §3"),
    REF_EMPLOYMENT_CLAIMS("ref.employment-claims", "Employment Contracts Act 55/2001 ch. 13 §9 (time limit for claims); GDPR Art 17(3)(e)"),
    REF_WORK_CERTIFICATE("ref.work-certificate", "Employment Contracts Act 55/2001 ch. 6 §7 (work certificate); GDPR Art 17(3)(b)"),
    REF_PAYROLL("ref.payroll", "Accounting Act 1336/1997 ch. 2 §10; GDPR Art 17(3)(b)"),
    REF_RECRUITMENT_CLAIMS("ref.recruitment-claims", "Equality Act 609/1986 and Non-Discrimination Act 1325/2014 (time limits for claims); GDPR Art 17(3)(e)"),

    // Categories erased or kept.
    CATEGORY_CUSTOMER_IDENTITY_LEASE("category.customer.identity-contact-lease", "identity, contact and lease"),
    CATEGORY_CUSTOMER_DEBT_COLLECTION("category.customer.debt-collection", "debt collection"),
    CATEGORY_CUSTOMER_RENT_LEDGER("category.customer.rent-ledger", "rent ledger of lease {lease}"),
    CATEGORY_CUSTOMER_SELECTION_DECISIONS("category.customer.tenant-selection-decisions", "tenant-selection decisions"),
    CATEGORY_CUSTOMER_CREDIT_CHECKS("category.customer.credit-checks", "credit checks"),
    CATEGORY_CUSTOMER_POPULATION_QUERIES("category.customer.population-register-queries", "population register queries"),
    CATEGORY_CUSTOMER_MARKETING_PERMISSIONS("category.customer.marketing-permissions", "marketing permissions"),
    CATEGORY_CUSTOMER_SURVEY_RESPONSES("category.customer.survey-responses", "survey responses"),
    CATEGORY_CUSTOMER_MARKETING_OBJECTIONS("category.customer.marketing-objections", "objections to marketing and surveys (keyed hashes only)"),
    CATEGORY_CUSTOMER_FAULT_REPORTS("category.customer.fault-reports", "fault reports"),
    CATEGORY_CUSTOMER_HOUSING_APPLICATIONS("category.customer.housing-applications", "housing applications without a decision in the claim period"),
    CATEGORY_CUSTOMER_PERSON("category.customer.person", "person"),
    CATEGORY_CUSTOMER_PERSON_ANONYMISED("category.customer.person-anonymised", "person (anonymised; ledger kept without name)"),
    CATEGORY_CONSENT_IN_FORCE("category.consent.in-force", "consents in force (withdrawn)"),
    CATEGORY_CONSENT_EVIDENCE("category.consent.evidence-details", "consent evidence details (form, user agent, IP)"),
    CATEGORY_CONSENT_PROOF("category.consent.minimal-proof", "minimal proof of consent (purpose, notice version, time)"),
    CATEGORY_CONSENT_OBJECTIONS("category.consent.objections", "objections"),
    CATEGORY_STAKEHOLDER_CONTACT_PERSON("category.stakeholder.contact-person", "contact person data"),
    CATEGORY_STAKEHOLDER_CONTACTS("category.stakeholder.contacts-meetings", "contacts and meetings"),
    CATEGORY_STAKEHOLDER_MEMBERSHIPS("category.stakeholder.mailing-list-memberships", "mailing list memberships"),
    CATEGORY_STAKEHOLDER_SUPPRESSION("category.stakeholder.suppression", "suppression marking (keyed hash of email/phone only, no name or address)"),
    CATEGORY_CCTV_RECORDINGS("category.cctv.recordings", "camera recordings showing you"),
    CATEGORY_CCTV_REQUESTS("category.cctv.requests-and-log", "footage requests and the view and disclosure log"),
    CATEGORY_PERSONNEL_EMPLOYEE_IN_FORCE("category.personnel.employee-in-force", "employee data (employment in force)"),
    CATEGORY_PERSONNEL_EMPLOYEE_RECORD("category.personnel.employee-record", "employee record with contracts, working time and health data"),
    CATEGORY_PERSONNEL_WORKING_TIME("category.personnel.working-time", "working-time summaries"),
    CATEGORY_PERSONNEL_ABSENCES("category.personnel.absences", "absences and health data"),
    CATEGORY_PERSONNEL_TIME_AND_ABSENCES("category.personnel.working-time-and-absences", "working-time summaries and absences"),
    CATEGORY_PERSONNEL_PAYROLL("category.personnel.payroll-references", "payroll references (bank account, tax card)"),
    CATEGORY_PERSONNEL_CORE("category.personnel.core-employment", "core employment data (identity, contracts, position)"),
    CATEGORY_PERSONNEL_SELECTED_APPLICATION("category.personnel.selected-application", "application that led to employment"),
    CATEGORY_PERSONNEL_APPLICATION("category.personnel.job-application", "job application and its assessments"),
    CATEGORY_PERSONNEL_APPLICATIONS("category.personnel.job-applications", "job applications with assessments, reference and credit checks"),
    CATEGORY_PERSONNEL_APPLICANT("category.personnel.applicant", "applicant's identity, contact data and consents"),

    // Why something was kept (Art 17(3) and the like).
    KEPT_TENANCY_IN_FORCE("kept.contract.tenancy-in-force", "the tenancy is in force; the data is needed for the contract (Art 17(1)(a) does not apply)"),
    KEPT_OPEN_DEBT("kept.legal-claims.open-debt", "open rent debt: needed to establish and defend legal claims (Art 17(3)(e))"),
    KEPT_ACCOUNTING("kept.legal-obligation.accounting-act", "accounting records must be kept (Art 17(3)(b))"),
    KEPT_DISCRIMINATION_CLAIMS("kept.legal-claims.discrimination", "needed to defend discrimination claims (Art 17(3)(e))"),
    KEPT_MARKETING_OBJECTION("kept.objection.marketing", "an objection to direct marketing must keep being honoured after erasure; only keyed hashes of the identifiers and the channel are kept, no clear data"),
    KEPT_MAINTENANCE("kept.contract.maintenance", "tenancy in force: needed for the maintenance of the apartment under the lease (Art 17(1)(a) does not apply)"),
    KEPT_CONSENT_PROOF("kept.legal-claims.consent-proof", "needed to defend legal claims about the processing (Art 17(3)(e))"),
    KEPT_OBJECTION("kept.objection.in-force", "keeping the objection is what stops processing and marketing from starting again (Art 21(3))"),
    KEPT_SUPPRESSION("kept.objection.suppression", "keeps the person from being added to a mailing again after the erasure"),
    KEPT_LEGAL_HOLD("kept.legal-claims.legal-hold", "kept under a legal hold ({kind}): {reason}"),
    KEPT_REQUEST_RECORDS("kept.accountability.request-records", "records of how your request and the recordings were handled"),
    KEPT_EMPLOYMENT_IN_FORCE("kept.contract.employment-in-force", "the employment is in force: the data is needed to perform the employment contract and the employer's legal obligations"),
    KEPT_EMPLOYMENT_CLAIMS("kept.legal-claims.employment", "needed to answer claims arising from the employment"),
    KEPT_PAYROLL("kept.legal-obligation.payroll", "payroll accounting records must be kept"),
    KEPT_WORK_CERTIFICATE("kept.legal-obligation.work-certificate", "you may ask for a work certificate for 10 years after the employment ended"),
    KEPT_EMPLOYMENT_RECORD("kept.contract.employment-record", "part of the employment record"),
    KEPT_RECRUITMENT_CLAIMS("kept.legal-claims.recruitment", "needed to defend the recruitment decision against discrimination claims"),

    // What a restriction, objection or rectification did.
    APPLIED_CUSTOMER_RESTRICTED("applied.customer.restriction-set", "processing restricted: data only stored, reads refused"),
    APPLIED_RESTRICTION_LIFTED("applied.restriction-lifted", "restriction lifted"),
    APPLIED_CHANNEL_STOPPED("applied.objection.channel-stopped", "{channel} stopped"),
    APPLIED_INTEREST_STOPPED("applied.objection.interest-stopped", "{interest}: processing stopped (GDPR Art 21(1)); no compelling legitimate grounds recorded"),
    APPLIED_CO_RESIDENTS_STOPPED("applied.objection.co-residents-stopped", "{interest}: processing stopped (GDPR Art 21(1)); no compelling legitimate grounds recorded; co-resident data removed from {leases} lease(s)"),
    APPLIED_DEBT_COLLECTION_STOPPED("applied.objection.debt-collection-stopped", "{interest}: processing stopped (GDPR Art 21(1)); no compelling legitimate grounds recorded; no debt is handed to a collection agent"),
    APPLIED_CREDIT_CHECK_STOPPED("applied.objection.credit-check-stopped", "{interest}: processing stopped (GDPR Art 21(1)); no compelling legitimate grounds recorded; no credit checks are made"),
    APPLIED_FIELD_CORRECTED("applied.rectification.corrected", "{field}"),
    APPLIED_FIELD_CORRECTED_SAID("applied.rectification.corrected-said", "{field} corrected"),
    APPLIED_PERSONNEL_RESTRICTION_SET("applied.personnel.restriction-set", "restriction SET on all personnel data of the subject"),
    APPLIED_PERSONNEL_RESTRICTION_LIFTED("applied.personnel.restriction-lifted", "restriction LIFT on all personnel data of the subject"),
    APPLIED_RECRUITMENT_STOPPED("applied.personnel.recruitment-stopped", "recruitment processing stopped; {withdrawn} pending application(s) withdrawn"),
    APPLIED_CONSENT_RESTRICTION_SET("applied.consent.restriction-set", "restriction SET on consent records"),
    APPLIED_CONSENT_RESTRICTION_LIFTED("applied.consent.restriction-lifted", "restriction LIFT on consent records"),
    APPLIED_CONSENT_OBJECTION("applied.consent.objection-recorded", "objection {scope} recorded, decision {decision}"),
    APPLIED_STAKEHOLDER_RESTRICTION_SET("applied.stakeholder.restriction-set", "restriction SET on {count} contact person record(s); excluded from searches and mailings"),
    APPLIED_STAKEHOLDER_RESTRICTION_LIFTED("applied.stakeholder.restriction-lifted", "restriction LIFT on {count} contact person record(s)"),
    APPLIED_STAKEHOLDER_SUPPRESSED("applied.stakeholder.suppressed", "suppressed from every mailing; {memberships} membership(s) removed"),
    APPLIED_CCTV_RESTRICTION_SET("applied.cctv.restriction-set", "restriction set on {segments} segment(s): kept, not deleted by the retention sweep, views and disclosures refused"),
    APPLIED_CCTV_RESTRICTION_LIFTED("applied.cctv.restriction-lifted", "restriction lifted on {segments} segment(s): normal retention applies again"),
    APPLIED_CCTV_OBJECTION_STOP("applied.cctv.objection-stop", "objection recorded, decision STOP: no compelling grounds: {deleted} segment(s) showing the subject deleted before their expiry"),
    APPLIED_CCTV_OBJECTION_HELD("applied.cctv.objection-held", "objection recorded, decision COMPELLING_GROUNDS: establishment, exercise or defence of legal claims: {holds} legal hold(s) cover segments showing the subject; {deleted} other segment(s) deleted"),

    // Why something was not done.
    REFUSED_COMPELLING_GROUNDS("refused.objection.compelling-grounds", "{interest}: processing continues on compelling legitimate grounds recorded on {date}: {grounds} (GDPR Art 21(1))"),
    REFUSED_CONTRACT_OR_LAW("refused.objection.contract-or-law", "{purpose}: processed for the contract or a legal obligation; Art 21 does not apply"),
    REFUSED_EMPLOYMENT("refused.objection.employment", "employment, payroll, working-time and health data: processed under the employment contract and statutory obligations (GDPR Art 6(1)(b),(c)), to which the right to object (Art 21) does not apply"),
    REFUSED_EMPLOYMENT_PURPOSE("refused.objection.employment-purpose", "{purpose}: processed under the employment contract and statutory obligations (GDPR Art 6(1)(b),(c)), to which the right to object (Art 21) does not apply"),
    REFUSED_NOT_OUR_PURPOSE("refused.objection.not-our-purpose", "purpose {purpose} is not processed in the stakeholder register"),
    REFUSED_CONTACT_CONTRACT("refused.objection.contact-contract", "contact data kept while the contract with {organisation} needs it (Art 6(1)(b)); compelling grounds to be confirmed by the data protection officer"),
    REFUSED_NOT_RECTIFIABLE("refused.rectification.not-rectifiable", "{field}: not rectifiable here"),
    REFUSED_INVALID_VALUE("refused.rectification.invalid-value", "{field}: the new value is not valid"),
    REFUSED_AT_SOURCE("refused.rectification.at-source", "{field}: comes from {source}; rectify it at the source"),
    REFUSED_FIELD_PROBLEM("refused.rectification.problem", "{field}: {problem}"),
    REFUSED_RECORDINGS_NOT_EDITED("refused.rectification.recordings", "{field}: recordings show what the camera saw and are not edited; a supplementary statement can be attached to the footage request instead"),
    REFUSED_CONSENT_EVIDENCE("refused.rectification.consent-evidence", "{field}: consent records are evidence of what was given and are not rewritten; a new consent or withdrawal is recorded instead");

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, DsrCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(DsrCode::code, Function.identity()));

    private final String code;
    private final String english;

    DsrCode(String code, String english) {
        this.code = code;
        this.english = english;
    }

    public String code() {
        return code;
    }

    /** The English wording with its {@code {parameters}} unfilled. */
    public String template() {
        return english;
    }

    /** The names of the parameters the wording needs. */
    public List<String> params() {
        return params(english);
    }

    public static List<String> params(String text) {
        Matcher m = PARAM.matcher(text);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public static Optional<DsrCode> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The English text with the parameters filled in as sent (the compatibility free text). */
    public String english(Map<String, String> params) {
        Matcher m = PARAM.matcher(english);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The code of an access-log record type ({@code recording_segment} is {@code record.recording-segment}), if known. */
    public static String recordType(String recordType) {
        if (recordType == null) {
            return null;
        }
        String code = "record." + recordType.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return BY_CODE.containsKey(code) ? code : null;
    }

    /** The code of an access-log purpose as the registers write it into their audit logs, if known. */
    public static String purpose(String purpose) {
        if (purpose == null) {
            return null;
        }
        String p = purpose.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, DsrCode> e : PURPOSE_PREFIXES) {
            if (p.startsWith(e.getKey())) {
                return e.getValue().code();
            }
        }
        return null;
    }

    private static final List<Map.Entry<String, DsrCode>> PURPOSE_PREFIXES = List.of(
            Map.entry("art 15 footage request", PURPOSE_FOOTAGE_REQUEST),
            Map.entry("art 15", PURPOSE_DSR_ACCESS),
            Map.entry("art 16", PURPOSE_DSR_RECTIFICATION),
            Map.entry("art 17", PURPOSE_DSR_ERASURE),
            Map.entry("art 18", PURPOSE_DSR_RESTRICTION),
            Map.entry("refused: processing restricted", PURPOSE_RESTRICTED_REFUSAL),
            Map.entry("art 21(1) compelling grounds", PURPOSE_COMPELLING_GROUNDS),
            Map.entry("art 21", PURPOSE_DSR_OBJECTION),
            Map.entry("maintenance of the apartment", PURPOSE_MAINTENANCE),
            Map.entry("customer surveys", PURPOSE_CUSTOMER_SURVEYS),
            Map.entry("property management integration", PURPOSE_PMS_INTEGRATION),
            Map.entry("collection of rent debt", PURPOSE_DEBT_COLLECTION),
            Map.entry("customer relationship", PURPOSE_CUSTOMER_RELATIONSHIP),
            Map.entry("lease management", PURPOSE_LEASE_MANAGEMENT),
            Map.entry("tenant selection", PURPOSE_TENANT_SELECTION),
            Map.entry("population register refresh", PURPOSE_POPULATION_REGISTER),
            Map.entry("disclosure", PURPOSE_DISCLOSURE),
            Map.entry("retention", PURPOSE_RETENTION),
            Map.entry("consent", PURPOSE_CONSENT_MANAGEMENT),
            Map.entry("objection handling", PURPOSE_OBJECTION_HANDLING),
            Map.entry("occupational health", PURPOSE_OCCUPATIONAL_HEALTH),
            Map.entry("employment administration", PURPOSE_EMPLOYMENT),
            Map.entry("recruitment", PURPOSE_RECRUITMENT),
            Map.entry("stakeholder-communication", PURPOSE_STAKEHOLDER_COMMUNICATION),
            Map.entry("footage request", PURPOSE_FOOTAGE_REQUEST),
            Map.entry("view:", PURPOSE_FOOTAGE_VIEW));
}
