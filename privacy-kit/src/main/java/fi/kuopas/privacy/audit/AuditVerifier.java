package fi.kuopas.privacy.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Walks the audit chain in order and recomputes every hash: any edited, removed or reordered row shows. */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 1000;

    private final EntityManager em;

    public AuditVerifier(EntityManager em) {
        this.em = em;
    }

    @Schema(name = "AuditVerification")
    public record Result(
            @Schema(description = "Whether every row's hash and link is intact") boolean intact,
            @Schema(description = "Rows checked") long checked,
            @Schema(description = "Id of the first row that fails, if any") Long firstBrokenId) {
    }

    @Transactional
    public Result verify() {
        String expectedPrev = AuditHasher.GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("FROM AuditEntry WHERE id > :after ORDER BY id", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return new Result(true, checked, null);
            }
            for (AuditEntry e : batch) {
                if (!e.prevHash.equals(expectedPrev) || !e.hash.equals(AuditHasher.hash(e))) {
                    return new Result(false, checked, e.id);
                }
                expectedPrev = e.hash;
                after = e.id;
                checked++;
            }
            em.clear();
        }
    }
}
