package fi.kuopas.privacy.audit;

/** What was done to personal data (docs/domain-rules.md). */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE, ANONYMISE, RESTRICT, DSR
}
