package fi.kuopas.consent.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text a subject was shown when consenting, per version and language, with its hash. */
@Entity
@Table(name = "notice_version")
public class NoticeVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "purpose_code", nullable = false)
    public String purposeCode;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String text;

    @Column(name = "text_hash", nullable = false)
    public String textHash;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** Set when a newer version of the same purpose and language was published. */
    @Column(name = "superseded_at")
    public Instant supersededAt;
}
