package fi.kuopas.privacy.dsr;

import java.util.UUID;

/**
 * What a register knows about data subjects, as the DSR SPI needs it. Each register implements
 * this once as a bean; {@link DsrSpiResource} adds the transport, the case grant, the transaction,
 * the role and the idempotency on the case id, so registers hold only their own rules. Every
 * method decides which records are the subject's with {@link SubjectMatcher} and reports the rest
 * as possible matches.
 */
public interface SubjectRegister {

    SubjectLookup lookup(SubjectRef subject);

    AccessReport access(UUID caseId, SubjectRef subject);

    ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun);

    DsrOutcome restrict(RestrictionCall call);

    DsrOutcome object(ObjectionCall call);

    DsrOutcome rectify(RectificationCall call);
}
