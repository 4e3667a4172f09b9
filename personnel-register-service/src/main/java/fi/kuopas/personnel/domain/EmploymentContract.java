package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
@Table(name = "employment_contract")
public class EmploymentContract extends PersonnelEntity {

    public enum Type { PERMANENT, FIXED_TERM }

    @Schema(name = "ContractWorkingTime")
    public enum WorkingTime { FULL_TIME, PART_TIME }

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "working_time", nullable = false)
    public WorkingTime workingTime;

    @Column(name = "fixed_term_reason")
    public String fixedTermReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
