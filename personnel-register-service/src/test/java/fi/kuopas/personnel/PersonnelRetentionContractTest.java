package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.addContract;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.hr;

import fi.kuopas.testsupport.RetentionContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** Retention through the kit's /api/v1/retention/runs: an employee who left in 2012 is past the core period. */
@QuarkusTest
class PersonnelRetentionContractTest extends RetentionContractTests {

    @Override
    protected String registerRole() {
        return "hr";
    }

    @Override
    protected String wrongRole() {
        return "supervisor";
    }

    @Override
    protected String rule() {
        return "core-employment-data";
    }

    @Override
    protected String createExpired() {
        String employee = createEmployee();
        addContract(employee, "2001-01-01", "2012-12-31");
        return employee;
    }

    @Override
    protected boolean exists(String employee) {
        return hr().when().get("/api/v1/employees/" + employee).then().extract().statusCode() == 200;
    }
}
