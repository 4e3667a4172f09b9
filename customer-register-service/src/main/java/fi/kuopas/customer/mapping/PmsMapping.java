package fi.kuopas.customer.mapping;

import fi.kuopas.customer.rest.PmsDtos.ImportJob;
import fi.kuopas.customer.rest.PmsDtos.ImportResult;
import fi.kuopas.customer.rest.PmsDtos.LeaseRow;
import fi.kuopas.customer.rest.PmsDtos.ResidentRow;
import fi.kuopas.customer.rest.PmsDtos.RowResult;
import fi.kuopas.customer.service.PmsRows;
import java.util.List;

/** The PMS import's bodies to and from the rows the import service checks and applies. */
public final class PmsMapping {

    private PmsMapping() {
    }

    public static List<PmsRows.Resident> residents(List<ResidentRow> rows) {
        return rows.stream().map(PmsMapping::resident).toList();
    }

    /** A row as sent; a null row stays null (the import rejects it as empty). */
    public static PmsRows.Resident resident(ResidentRow r) {
        return r == null ? null : new PmsRows.Resident(r.externalId(), r.personalIdentityCode(), r.firstName(), r.lastName(),
                r.birthDate(), r.email(), r.phone(), r.streetAddress(), r.postalCode(), r.city(), lease(r.lease()));
    }

    private static PmsRows.Lease lease(LeaseRow l) {
        return l == null ? null : new PmsRows.Lease(l.externalId(), l.apartmentRef(), l.startDate(), l.endDate(), l.role());
    }

    public static RowResult rowResult(PmsRows.Result r) {
        return new RowResult(r.index(), r.externalId(), r.status(), r.personId(), r.error());
    }

    public static ImportResult importResult(List<PmsRows.Result> results) {
        return ImportResult.of(results.stream().map(PmsMapping::rowResult).toList());
    }

    public static ImportJob job(PmsRows.Job j) {
        return new ImportJob(j.id(), j.status(), j.format(), j.totalRows(), j.processedRows(), j.created(), j.updated(),
                j.unchanged(), j.rejected(), j.erased(), j.restricted(), j.submittedBy(), j.submittedAt(), j.finishedAt());
    }
}
