package fi.kuopas.personnel.dsr;

import java.util.List;

/** The regular recipients of personnel data, as the register description names them. */
final class Recipients {

    static final String INCOMES_REGISTER = "Incomes Register Unit (Finnish Tax Administration), Incomes Register (Tulorekisteri)";
    static final String PENSION = "Earnings-related pension insurance company";
    static final String OCCUPATIONAL_HEALTH = "Occupational health care provider";
    static final String ACCIDENT_INSURER = "Statutory accident insurance company";
    static final String PAYROLL_PROCESSOR = "Payroll service provider (processor)";
    static final String IT_PROCESSORS = "IT service providers of the HR systems (processors)";

    static final List<String> EMPLOYEE = List.of(INCOMES_REGISTER, PENSION, OCCUPATIONAL_HEALTH, ACCIDENT_INSURER,
            PAYROLL_PROCESSOR);

    private Recipients() {
    }
}
