package fi.kuopas.privacy.dsr;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes SPI calls idempotent on the DSR case id: the first answer to (case, operation) is stored
 * with the change it describes, in one transaction, and a repeat gets the same answer without a
 * second change. Dry runs are not stored: a preview must reflect the data at the time.
 */
@ApplicationScoped
public class DsrCallLog {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public DsrCallLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(UUID caseId, String operation, SubjectRef subject, Class<T> type, Supplier<T> action) {
        return once(caseId, operation + ":" + fingerprint(subject), type, action);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(UUID caseId, String operation, Class<T> type, Supplier<T> action) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, caseId + "/" + operation).getSingleResult();
        List<?> previous = em.createNativeQuery("SELECT response FROM dsr_call WHERE case_id = ?1 AND operation = ?2")
                .setParameter(1, caseId).setParameter(2, operation).getResultList();
        try {
            if (!previous.isEmpty()) {
                return mapper.readValue((String) previous.get(0), type);
            }
            T result = action.get();
            em.createNativeQuery("INSERT INTO dsr_call (case_id, operation, response, created_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, caseId).setParameter(2, operation)
                    .setParameter(3, mapper.writeValueAsString(result)).setParameter(4, Instant.now())
                    .executeUpdate();
            return result;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("DSR answer cannot be stored", e);
        }
    }

    /** A short digest of the verified and claimed keys: the same subject gives the same operation key in any order. */
    static String fingerprint(SubjectRef subject) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            subject.verified().stream().sorted().forEach(k -> sha.update(("v " + k + "\n").getBytes(StandardCharsets.UTF_8)));
            subject.claimed().stream().sorted().forEach(k -> sha.update(("c " + k + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
