package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One month of working time and leave: counts only, never why someone was absent. */
@Entity
@Table(name = "working_time_summary")
public class WorkingTimeSummary extends PersonnelEntity {

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    /** Calendar month, YYYY-MM. */
    @Column(nullable = false)
    public String period;

    @Column(name = "regular_hours", nullable = false)
    public BigDecimal regularHours;

    @Column(name = "overtime_hours", nullable = false)
    public BigDecimal overtimeHours;

    @Column(name = "annual_leave_days", nullable = false)
    public BigDecimal annualLeaveDays;

    @Column(name = "absence_days", nullable = false)
    public BigDecimal absenceDays;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
