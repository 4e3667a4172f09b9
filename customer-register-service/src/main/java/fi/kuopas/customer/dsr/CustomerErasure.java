package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.CollectionCase;
import fi.kuopas.customer.domain.CreditCheck;
import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.FaultReport;
import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.HousingApplication;
import fi.kuopas.customer.domain.Lease;
import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.PopulationQuery;
import fi.kuopas.customer.domain.SurveyResponse;
import fi.kuopas.customer.domain.TenantSelectionDecision;
import fi.kuopas.customer.service.RetentionConfig;
import fi.kuopas.customer.retention.PersonRetention;
import fi.kuopas.customer.service.Tombstones;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** GDPR Art 17: the customer register's erasure, and its dry run. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerErasure implements SubjectRegisterParts.Erasure {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final CustomerSubjectLookup lookup;
    private final AuditLog audit;
    private final PersonRetention retention;
    private final RetentionConfig config;
    private final Tombstones tombstones;

    public CustomerErasure(CustomerSubjectLookup lookup, AuditLog audit, PersonRetention retention, RetentionConfig config,
            Tombstones tombstones) {
        this.lookup = lookup;
        this.audit = audit;
        this.retention = retention;
        this.config = config;
        this.tombstones = tombstones;
    }

    /** Erases what can be erased; keeps what the law requires, saying why and until when (Art 17(3)). */
    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        SubjectMatcher.Result<Person> match = lookup.match(subject);
        // Art 19: read before the erasure below deletes the disclosure log.
        List<String> recipientsToNotify = CustomerSubjectLookup.recipients(match.included());
        List<ErasureReport.Erased> erased = new ArrayList<>();
        List<ErasureReport.Kept> kept = new ArrayList<>();
        LocalDate today = LocalDate.now(HELSINKI);
        for (Person p : match.included()) {
            List<Lease> leases = Lease.list("id in (SELECT r.id.leaseId FROM LeaseResident r WHERE r.id.personId = ?1)", p.id);
            boolean activeLease = leases.stream().anyMatch(l -> l.endDate == null || !l.endDate.isBefore(today));
            long openDebts = CollectionCase.count("personId = ?1 and closedAt is null", p.id);
            if (activeLease) {
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_IDENTITY_LEASE), 1,
                        DsrText.of(DsrCode.KEPT_TENANCY_IN_FORCE), DsrText.of(DsrCode.REF_CONTRACT), null));
            }
            if (openDebts > 0) {
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_DEBT_COLLECTION), (int) openDebts,
                        DsrText.of(DsrCode.KEPT_OPEN_DEBT), DsrText.of(DsrCode.REF_LIMITATION_OF_DEBTS), null));
            }
            for (Lease l : leases) {
                int endYear = (l.endDate == null ? today : l.endDate).getYear();
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_RENT_LEDGER, "lease", l.externalPmsId), 1,
                        DsrText.of(DsrCode.KEPT_ACCOUNTING), DsrText.of(DsrCode.REF_ACCOUNTING_ACT),
                        LocalDate.of(endYear, 12, 31).plusYears(config.ledgerYears())));
            }
            long decisionsInClaimPeriod = TenantSelectionDecision.count("applicationId in (SELECT a.id FROM HousingApplication a "
                    + "WHERE a.personId = ?1) and decidedAt >= ?2", p.id,
                    today.minusYears(config.selectionDecisionYears()).atStartOfDay(HELSINKI).toInstant());
            if (decisionsInClaimPeriod > 0) {
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_SELECTION_DECISIONS), (int) decisionsInClaimPeriod,
                        DsrText.of(DsrCode.KEPT_DISCRIMINATION_CLAIMS), DsrText.of(DsrCode.REF_NON_DISCRIMINATION),
                        today.plusYears(config.selectionDecisionYears())));
            }
            erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_CREDIT_CHECKS), (int) CreditCheck.count("personId", p.id)));
            erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_POPULATION_QUERIES), (int) PopulationQuery.count("personId", p.id)));
            erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_MARKETING_PERMISSIONS), (int) MarketingPreference.count("id.personId", p.id)));
            erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_SURVEY_RESPONSES), (int) SurveyResponse.count("personId", p.id)));
            int refusals = tombstones.refusals(p.id);
            if (refusals > 0) {
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_MARKETING_OBJECTIONS), refusals,
                        DsrText.of(DsrCode.KEPT_MARKETING_OBJECTION), DsrText.of(DsrCode.REF_MARKETING_OBJECTION), null));
            }
            long faultReports = FaultReport.count("personId", p.id);
            if (activeLease && faultReports > 0) {
                kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_FAULT_REPORTS), (int) faultReports,
                        DsrText.of(DsrCode.KEPT_MAINTENANCE), DsrText.of(DsrCode.REF_CONTRACT), null));
            } else if (!activeLease) {
                erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_FAULT_REPORTS), (int) faultReports));
            }
            if (!activeLease && openDebts == 0) {
                erased.add(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CUSTOMER_HOUSING_APPLICATIONS),
                        (int) HousingApplication.count("personId = ?1 and status <> ?2", p.id, HousingApplication.Status.HOUSED)));
                erased.add(ErasureReport.Erased.of(DsrText.of(leases.isEmpty() ? DsrCode.CATEGORY_CUSTOMER_PERSON
                        : DsrCode.CATEGORY_CUSTOMER_PERSON_ANONYMISED), 1));
            }
            if (!dryRun) {
                // Art 21(3): the refusals outlive the preferences deleted below (keyed hashes only).
                tombstones.keepObjections(p.id, p.keys.identityCodeKey(), p.subjectKeys());
                CreditCheck.delete("personId", p.id);
                PopulationQuery.delete("personId", p.id);
                MarketingPreference.delete("id.personId", p.id);
                SurveyResponse.delete("personId", p.id);
                if (!activeLease) {
                    FaultReport.delete("personId", p.id);
                }
                audit.record(AuditAction.DELETE, p.auditKey(), "person", caseId.toString(), "Art 17 erasure");
                if (!activeLease && openDebts == 0) {
                    if (leases.isEmpty() && decisionsInClaimPeriod == 0) {
                        // Erased people stay erased: the PMS import does not re-create them (keyed hashes only).
                        tombstones.recordErasure(p.subjectKeys(), today);
                        FieldProvenance.delete("id.personId", p.id);
                        Disclosure.delete("personId", p.id);
                        HousingApplication.delete("personId", p.id);
                        p.delete();
                    } else {
                        retention.anonymise(p.id); // records the erasure tombstone too
                    }
                }
            }
        }
        return new ErasureReport(CustomerSubjectLookup.REGISTER, dryRun, erased, kept, match.possibleMatches()).withRecipients(recipientsToNotify);
    }
}
