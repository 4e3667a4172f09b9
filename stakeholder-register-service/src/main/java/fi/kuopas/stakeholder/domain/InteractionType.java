package fi.kuopas.stakeholder.domain;

public enum InteractionType {
    MEETING, MESSAGE, EVENT_INVITATION
}
