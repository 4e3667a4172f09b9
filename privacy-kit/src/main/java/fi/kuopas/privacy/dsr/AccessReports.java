package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.audit.AuditEntry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts every register builds its Art 15 {@link AccessReport} from, in one place. */
public final class AccessReports {

    private AccessReports() {
    }

    /**
     * The subject's access log (C-579/21): the audit lines filed under the keys of the subject's own
     * records, oldest first. Pass only keys of included records: a claimed key (another person's
     * email) never opens a log.
     */
    public static List<AccessReport.AccessLogLine> accessLog(Collection<String> ownKeys) {
        if (ownKeys.isEmpty()) {
            return List.of();
        }
        return AuditEntry.<AuditEntry>list("subjectKey in ?1 ORDER BY id", ownKeys).stream()
                .map(e -> new AccessReport.AccessLogLine(e.occurredAt, e.actorRoles, e.action, e.recordType, e.purpose))
                .toList();
    }

    /** One record of a category as name/value pairs in the given order (null values kept); an enum value becomes its name. */
    public static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a row needs a value for every name");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            m.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return m;
    }
}
