package fi.kuopas.gateway.service;

import fi.kuopas.gateway.service.CaseViews.ErasureApproval;
import fi.kuopas.gateway.service.CaseViews.MatchView;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReport.AccessLogLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a subject's report may show: roles, never staff usernames, and the access log grouped so
 * thirty identical lines read as one line with a count (Art 12(1): concise and intelligible).
 */
final class ReportHygiene {

    static final String DPO = "data protection officer";
    static final String SECOND_DPO = "a second data protection officer";

    private ReportHygiene() {
    }

    static AccessReport grouped(AccessReport r) {
        if (r.accessLog() == null || r.accessLog().isEmpty()) {
            return r;
        }
        Map<List<String>, List<AccessLogLine>> groups = new LinkedHashMap<>();
        r.accessLog().stream().sorted(Comparator.comparing(AccessLogLine::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(l -> groups.computeIfAbsent(List.of(String.valueOf(l.actorRoles()), String.valueOf(l.action()),
                        String.valueOf(l.recordType()), String.valueOf(l.purpose())), k -> new ArrayList<>()).add(l));
        List<AccessLogLine> lines = groups.values().stream().map(g -> {
            AccessLogLine first = g.get(0);
            AccessLogLine last = g.get(g.size() - 1);
            int count = g.stream().mapToInt(l -> l.count() == null ? 1 : l.count()).sum();
            return new AccessLogLine(first.at(), first.actorRoles(), first.action(), first.recordType(), first.purpose(),
                    count, last.lastAt() != null ? last.lastAt() : last.at(), first.recordTypeCode(), first.purposeCode());
        }).toList();
        return new AccessReport(r.register(), r.subjectFound(), r.categories(), lines, r.producedAt(), r.possibleMatches());
    }

    /** The DPO's decisions without who made them. */
    static List<MatchView> withoutStaff(List<MatchView> matches) {
        return matches.stream().map(m -> new MatchView(m.id(), m.register(), m.recordKind(), m.matchedIdentifiers(), m.hint(),
                m.status(), m.foundAt(), m.decidedAt(), null, null)).toList();
    }

    static ErasureApproval withoutStaff(ErasureApproval a) {
        return a == null ? null : new ErasureApproval(DPO, a.approvedBy() == null ? null : SECOND_DPO, a.approvedAt());
    }
}
