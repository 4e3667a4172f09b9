package fi.kuopas.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Retention periods of the personnel register (docs/domain-rules.md). Years are counted from the trigger event. */
@ConfigMapping(prefix = "kuopas.personnel")
public interface PersonnelConfig {

    Retention retention();

    interface Retention {

        /**
         * Non-selected applicants, from the notification of the decision: 1 year by default (time
         * limits for claims under the Equality Act 609/1986 and the Non-Discrimination Act 1325/2014), at most 2.
         */
        @WithDefault("1")
        @Min(1) @Max(2)
        int applicantYears();

        /** Other HR data (working time, health, recruitment of the employee) after the employment ends. */
        @WithDefault("2")
        @Min(2) @Max(10)
        int otherHrYears();

        /** Core employment data after the end: the work certificate can be asked for 10 years (Act 55/2001 ch. 6 §7). */
        @WithDefault("10")
        @Min(10) @Max(20)
        int coreEmploymentYears();

        /** Payroll vouchers (tax card reference, bank account) after the financial year (Accounting Act 1336/1997 ch. 2 §10). */
        @WithDefault("6")
        @Min(6) @Max(10)
        int payrollVoucherYears();
    }
}
