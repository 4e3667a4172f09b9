package fi.kuopas.personnel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One run of the retention job: which rule removed how many records. Counts only, never data. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PersonnelEntity {

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "retention_run_item", joinColumns = @JoinColumn(name = "run_id"))
    public List<Item> items = new ArrayList<>();

    @Embeddable
    public static class Item {
        @Column(nullable = false)
        public String rule;

        @Column(name = "legal_reference", nullable = false)
        public String legalReference;

        @Column(nullable = false)
        public int affected;

        public Item() {
        }

        public Item(String rule, String legalReference, int affected) {
            this.rule = rule;
            this.legalReference = legalReference;
            this.affected = affected;
        }
    }
}
