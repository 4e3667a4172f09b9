package fi.kuopas.privacy.dsr;

import java.util.Set;
import java.util.UUID;

/**
 * What a register knows about data subjects, as the DSR SPI needs it. Each register implements
 * this once as a bean; {@link DsrSpiResource} adds the transport, the transaction, the role and
 * the idempotency on the case id, so registers hold only their own rules.
 */
public interface SubjectRegister {

    SubjectLookup lookup(Set<String> subjectKeys);

    AccessReport access(UUID caseId, Set<String> subjectKeys);

    ErasureReport erase(UUID caseId, Set<String> subjectKeys, boolean dryRun);

    DsrOutcome restrict(RestrictionCall call);

    DsrOutcome object(ObjectionCall call);

    DsrOutcome rectify(RectificationCall call);
}
