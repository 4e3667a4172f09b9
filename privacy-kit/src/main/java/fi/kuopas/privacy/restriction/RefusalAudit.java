package fi.kuopas.privacy.restriction;

/** How a refused processing is audited; {@link AuditedRefusals} is the one implementation in a service. */
public interface RefusalAudit {

    /** @param recordId the refused record, or null when the refusal is not of one record (a list, a new record) */
    void refused(String subjectKey, String recordType, String recordId);
}
