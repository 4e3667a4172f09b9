package fi.kuopas.customer.service;

import io.smallrye.config.ConfigMapping;

/**
 * Retention periods of docs/domain-rules.md ([A] = our choice where the law leaves one). The values live in
 * application.properties only: the retention job reads them, and the register description prints
 * the same properties through ${...} placeholders, so the notice cannot drift from what is done.
 */
@ConfigMapping(prefix = "kuopas.customer.retention")
public interface RetentionConfig {

    /**
     * An expired application is deleted this many months after its validity ended, and an applicant
     * who never became a tenant this many months after their last application expired [A].
     */
    int expiredApplicationMonths();

    /** Tenant-selection records: the period for discrimination claims [A]. */
    int selectionDecisionYears();

    /** Survey responses from the answer [A]. */
    int surveyResponseYears();

    /** Former tenants' data after the lease ended [A]. */
    int formerTenantYears();

    /** Rent ledger (books) kept from the end of the financial year (Accounting Act 1336/1997 ch. 2 §10). */
    int ledgerYears();
}
