package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The phone key of rows stored before the phone_key column existed (V12): a keyed hash needs the
 * pepper, which the migration's SQL does not have, so it is computed here once at start-up. Rows
 * that already have one, or have no phone, are not touched; after the first start there is nothing
 * left to do. Only the count is logged.
 */
@ApplicationScoped
public class PhoneKeyBackfill {

    private static final Logger LOG = Logger.getLogger(PhoneKeyBackfill.class);

    private final PersonKeys keys;

    public PhoneKeyBackfill(PersonKeys keys) {
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent event) {
        backfill();
    }

    /** Indexes the phone of every row that has one and no phone key yet; returns how many rows it indexed. */
    @Transactional
    public int backfill() {
        List<Employee> employees = Employee.list("phone is not null and phone <> '' and keys.phoneKey is null");
        employees.forEach(keys::reindexContact);
        List<JobApplicant> applicants = JobApplicant.list("phone is not null and phone <> '' and keys.phoneKey is null");
        applicants.forEach(keys::reindexContact);
        if (!employees.isEmpty() || !applicants.isEmpty()) {
            LOG.infof("phone keys backfilled: %d employees, %d job applicants", employees.size(), applicants.size());
        }
        return employees.size() + applicants.size();
    }
}
