package fi.kuopas.personnel.dsr;

import java.util.Collection;
import java.util.List;

/**
 * The regular recipients of personnel data, as the register description names them.
 *
 * <p>Art 19: the personnel register records no disclosures per person (it has no disclosure log; what
 * goes to the Incomes Register, the pension and accident insurers or occupational health care is not
 * recorded here). So the answers name the description's standing recipients that routinely receive
 * an employee's data, and only where they apply to the subject's records: restriction and an
 * applied rectification name {@link #EMPLOYEE} when the subject has an employee record; an erasure
 * names, per erased category of an employee's data, the recipients of that kind of data (the lists the
 * access report shows), and none for what it keeps. An applicant's data goes to none of them. The
 * payroll service provider is named because it receives the pay data to calculate pay; the IT service
 * providers are not: they host this register, so a change made here is made in their systems too.
 */
final class Recipients {

    static final String INCOMES_REGISTER = "Incomes Register Unit (Finnish Tax Administration), Incomes Register (Tulorekisteri)";
    static final String PENSION = "Earnings-related pension insurance company";
    static final String OCCUPATIONAL_HEALTH = "Occupational health care provider";
    static final String ACCIDENT_INSURER = "Statutory accident insurance company";
    static final String PAYROLL_PROCESSOR = "Payroll service provider (processor)";
    static final String IT_PROCESSORS = "IT service providers of the HR systems (processors)";

    static final List<String> EMPLOYEE = List.of(INCOMES_REGISTER, PENSION, OCCUPATIONAL_HEALTH, ACCIDENT_INSURER,
            PAYROLL_PROCESSOR);
    /** Pay and tax data: payroll references, pay, tax withholding. */
    static final List<String> PAY = List.of(INCOMES_REGISTER, PAYROLL_PROCESSOR, PENSION);
    /** Working time, leave and absence days. */
    static final List<String> WORKING_TIME = List.of(PAYROLL_PROCESSOR);
    /** Health data (absences with their reasons). */
    static final List<String> HEALTH = List.of(OCCUPATIONAL_HEALTH, ACCIDENT_INSURER);

    private Recipients() {
    }

    /** The given standing recipients of an employee, once each, in the order of {@link #EMPLOYEE}. */
    static List<String> ofEmployee(Collection<String> recipients) {
        return EMPLOYEE.stream().filter(recipients::contains).toList();
    }
}
