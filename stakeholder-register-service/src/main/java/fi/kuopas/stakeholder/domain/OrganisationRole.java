package fi.kuopas.stakeholder.domain;

/** Why Kuopas deals with the organisation. */
public enum OrganisationRole {
    CONTRACTOR, SUPPLIER, PARTNER, MUNICIPALITY, AUTHORITY, MEDIA, ASSOCIATION, OTHER
}
