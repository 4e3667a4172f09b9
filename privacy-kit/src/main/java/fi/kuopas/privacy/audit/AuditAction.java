package fi.kuopas.privacy.audit;

/** What was done to personal data (DOMAIN.md §6). */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE, ANONYMISE, RESTRICT, DSR
}
