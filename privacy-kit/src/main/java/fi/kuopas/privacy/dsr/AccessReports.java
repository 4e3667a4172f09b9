package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.audit.AuditEntry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every register's Art 15 answer builds the same way: its access log and its record rows. */
public final class AccessReports {

    private AccessReports() {
    }

    /**
     * The access-log lines filed under these subject keys, oldest first (C-579/21): only the keys the
     * subject's included records are filed under, never a key the subject merely named. Needs the
     * caller's transaction (the access log is read through the service's own data source).
     */
    public static List<AccessReport.AccessLogLine> accessLog(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return List.of();
        }
        return AuditEntry.<AuditEntry>list("subjectKey in ?1 ORDER BY id", subjectKeys).stream()
                .map(e -> new AccessReport.AccessLogLine(e.occurredAt, e.actorRoles, e.action, e.recordType, e.purpose))
                .toList();
    }

    /** One record of a category: field names and values in the order given (null values kept). */
    public static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a row needs a value for every name");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
