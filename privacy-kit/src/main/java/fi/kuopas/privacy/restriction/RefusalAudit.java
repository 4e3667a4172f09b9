package fi.kuopas.privacy.restriction;

/** How a refused processing is audited; {@link AuditedRefusals} is the one implementation in a service. */
public interface RefusalAudit {

    void refused(String subjectKey, String recordType, String operation);
}
