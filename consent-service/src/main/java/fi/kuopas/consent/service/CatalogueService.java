package fi.kuopas.consent.service;

import fi.kuopas.privacy.security.Caller;
import fi.kuopas.consent.domain.LegalBasis;
import fi.kuopas.consent.domain.NoticeVersion;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Notice versions and the legal-basis registry. Old consents keep pointing at the version they were given under. */
@ApplicationScoped
public class CatalogueService {

    private final Outbox outbox;
    private final Caller actor;

    public CatalogueService(Outbox outbox, Caller actor) {
        this.outbox = outbox;
        this.actor = actor;
    }

    @Transactional
    public List<NoticeVersion> publishNotice(String purposeCode, String version, Map<String, String> texts) {
        Purpose purpose = Purpose.findById(purposeCode);
        if (purpose == null) {
            throw ProblemException.notFound("purpose " + purposeCode);
        }
        if (!texts.keySet().containsAll(List.of("fi", "sv", "en"))) {
            throw ProblemException.badRequest("a notice version needs texts in fi, sv and en");
        }
        if (NoticeVersion.count("purposeCode = ?1 and version = ?2", purposeCode, version) > 0) {
            throw ProblemException.conflict("notice version " + version + " of " + purposeCode + " already exists");
        }
        Instant now = Instant.now();
        NoticeVersion.update("supersededAt = ?1 where purposeCode = ?2 and supersededAt is null", now, purposeCode);
        return texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            NoticeVersion n = new NoticeVersion();
            n.purposeCode = purposeCode;
            n.version = version;
            n.language = e.getKey();
            n.text = e.getValue();
            n.textHash = sha256(e.getValue());
            n.publishedAt = now;
            n.persist();
            return n;
        }).toList();
    }

    @Transactional
    public LegalBasis changeLegalBasis(String register, String purposeCode, String legalBasis, String reference,
            String reason, int expectedRevision) {
        LegalBasis current = LegalBasis.find("register = ?1 and purposeCode = ?2 ORDER BY revision DESC", register, purposeCode)
                .firstResult();
        int currentRevision = current == null ? 0 : current.revision;
        if (currentRevision != expectedRevision) {
            throw ProblemException.conflict("legal basis of " + register + "/" + purposeCode + " is at revision "
                    + currentRevision + ", not " + expectedRevision + "; reload and try again");
        }
        LegalBasis next = new LegalBasis();
        next.register = register;
        next.purposeCode = purposeCode;
        next.legalBasis = legalBasis;
        next.reference = reference;
        next.reason = reason;
        next.revision = currentRevision + 1;
        next.validFrom = Instant.now();
        next.changedBy = actor.name();
        next.persist();
        // The record key of a legal-basis event is the register: it concerns no single subject.
        outbox.publish(ConsentEvent.of(ConsentEvent.LEGAL_BASIS_CHANGED, ConsentService.SOURCE, "register:" + register,
                new ConsentEventData(purposeCode, register, legalBasis, null, null, next.validFrom)));
        return next;
    }

    public List<LegalBasis> currentLegalBases() {
        return LegalBasis.<LegalBasis>list("revision = (SELECT max(l.revision) FROM LegalBasis l "
                + "WHERE l.register = register AND l.purposeCode = purposeCode) ORDER BY register, purposeCode");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
