package fi.kuopas.cctv.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A segment found for a footage request; after review, whether the subject appears in it. */
@Embeddable
public class Candidate {

    @Embedded
    public SegmentCopy segment;

    @Column(name = "shows_subject")
    public Boolean showsSubject;

    public Candidate() {
    }

    public Candidate(SegmentCopy segment) {
        this.segment = segment;
    }
}
