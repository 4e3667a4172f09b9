package fi.kuopas.customer.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention defaults of DOMAIN.md §3 as configuration ([A] = our choice where the law leaves one). */
@ConfigMapping(prefix = "kuopas.retention")
public interface RetentionConfig {

    /** An expired application is deleted this many months after its validity ended [A]. */
    @WithDefault("3")
    int expiredApplicationMonths();

    /** Tenant-selection records: the period for discrimination claims [A]. */
    @WithDefault("2")
    int selectionDecisionYears();

    /** Survey responses from the answer [A]. */
    @WithDefault("2")
    int surveyResponseYears();

    /** Former tenants' data after the lease ended [A]. */
    @WithDefault("3")
    int formerTenantYears();

    /** Rent ledger (books) kept from the end of the financial year (Accounting Act 1336/1997 ch. 2 §10). */
    @WithDefault("10")
    int ledgerYears();
}
