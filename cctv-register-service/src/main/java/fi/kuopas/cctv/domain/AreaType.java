package fi.kuopas.cctv.domain;

/** What kind of space a camera watches; some may never be monitored (Act 759/2004 §16). */
public enum AreaType {
    ENTRANCE, STAIRWELL, LOBBY, STORAGE_ROOM, BICYCLE_STORAGE, PARKING_GARAGE, WASTE_SHELTER, YARD,
    TECHNICAL_ROOM, CUSTOMER_SERVICE_AREA,
    TOILET, CHANGING_ROOM, STAFF_ROOM, SAUNA, WASHROOM, APARTMENT;

    /** Spaces where recording is never allowed: privacy of employees and residents outweighs any purpose. */
    public boolean prohibited() {
        return switch (this) {
            case TOILET, CHANGING_ROOM, STAFF_ROOM, SAUNA, WASHROOM, APARTMENT -> true;
            default -> false;
        };
    }

    /**
     * Common areas of a residential building that residents use in their daily life. A
     * residential building's stairwell and its yard are places protected by domestic peace
     * (Criminal Code 39/1889 ch. 24 §11; filming there without right is an offence, §6), and the
     * housing company decides on the use of its common areas (Housing Companies Act 1599/2009).
     * A camera here therefore needs the housing company's decision and the residents informed
     * (GDPR Art 5(2) accountability, Art 12-13). Technical rooms (maintenance staff only) and the
     * customer service point are not residents' spaces.
     */
    public boolean residentialCommonArea() {
        return switch (this) {
            case ENTRANCE, STAIRWELL, LOBBY, STORAGE_ROOM, BICYCLE_STORAGE, PARKING_GARAGE, WASTE_SHELTER, YARD -> true;
            default -> false;
        };
    }
}
