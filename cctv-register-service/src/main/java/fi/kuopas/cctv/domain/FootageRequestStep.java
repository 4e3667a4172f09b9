package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a footage request (received, reviewed, masked and released ...): who and when. Insert-only. */
@Entity
@Table(name = "footage_request_step")
public class FootageRequestStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    public String note;
}
