package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseMatch;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The possible matches the registers report in a case: kept once each (a register that is asked
 * again reports the same ones), with the DPO's decision. Hints are masked by the registers and
 * still encrypted here: initials and a birth year are personal data of someone who is not the subject.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseMatches {

    private final CaseSecrets secrets;

    public CaseMatches(CaseSecrets secrets) {
        this.secrets = secrets;
    }

    /** Records the possible matches in one register answer; returns how many were new. */
    public int record(DsrCase c, String registerName, Object answer, Instant now) {
        List<PossibleMatch> reported = of(answer);
        if (reported.isEmpty()) {
            return 0;
        }
        List<CaseMatch> known = CaseMatch.list("caseId", c.id);
        int added = 0;
        for (PossibleMatch p : reported) {
            String register = registerName != null ? registerName : Objects.requireNonNullElse(p.register(), "unknown");
            String matched = String.join(" ", p.matchedIdentifiers() == null ? List.of() : p.matchedIdentifiers());
            String kind = truncate(Objects.requireNonNullElse(p.recordKind(), "record"), 100);
            boolean seen = known.stream().anyMatch(m -> m.registerName.equals(register) && m.recordKind.equals(kind)
                    && m.matchedIdentifiers.equals(matched)
                    && Objects.equals(secrets.open(m.hintEncrypted, String.class), p.hint()));
            if (seen) {
                continue;
            }
            CaseMatch m = new CaseMatch();
            m.caseId = c.id;
            m.registerName = truncate(register, 100);
            m.recordKind = kind;
            m.matchedIdentifiers = truncate(matched, 200);
            m.hintEncrypted = secrets.seal(p.hint() == null ? "" : p.hint());
            m.status = CaseMatch.Status.OPEN;
            m.foundAt = now;
            m.persist();
            known.add(m);
            added++;
        }
        return added;
    }

    public long open(UUID caseId) {
        return CaseMatch.count("caseId = ?1 AND status = ?2", caseId, CaseMatch.Status.OPEN);
    }

    /** A case's possible matches in the order they were found, each with its hint opened. */
    public List<Found> list(UUID caseId) {
        return CaseMatch.<CaseMatch>list("caseId = ?1 ORDER BY foundAt, registerName, id", caseId).stream()
                .map(m -> new Found(m, secrets.open(m.hintEncrypted, String.class)))
                .toList();
    }

    /** A possible match with its decrypted (register-masked) hint. */
    public record Found(CaseMatch match, String hint) {
    }

    private static List<PossibleMatch> of(Object answer) {
        List<PossibleMatch> list = null;
        if (answer instanceof AccessReport r) {
            list = r.possibleMatches();
        } else if (answer instanceof ErasureReport r) {
            list = r.possibleMatches();
        } else if (answer instanceof DsrOutcome r) {
            list = r.possibleMatches();
        } else if (answer instanceof SubjectLookup r) {
            list = r.possibleMatches();
        }
        return list == null ? List.of() : list;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
