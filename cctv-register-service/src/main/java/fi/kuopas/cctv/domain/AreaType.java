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
}
