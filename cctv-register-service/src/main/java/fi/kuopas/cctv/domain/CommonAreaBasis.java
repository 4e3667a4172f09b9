package fi.kuopas.cctv.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Why a camera may watch a residential common area: the housing company's decision and how the
 * residents were told, each by a reference a reader can look up (minutes, notice, letter).
 */
@Embeddable
public class CommonAreaBasis {

    /** The housing company's decision (board or general meeting minutes, paragraph). */
    @Column(name = "common_area_decision_ref")
    public String decisionReference;

    /** How and where the residents were informed (notice board bulletin, resident letter ...). */
    @Column(name = "common_area_residents_informed_ref")
    public String residentsInformedReference;

    @Column(name = "common_area_decided_on")
    public LocalDate decidedOn;

    public CommonAreaBasis() {
    }

    public CommonAreaBasis(String decisionReference, String residentsInformedReference, LocalDate decidedOn) {
        this.decisionReference = decisionReference;
        this.residentsInformedReference = residentsInformedReference;
        this.decidedOn = decidedOn;
    }
}
