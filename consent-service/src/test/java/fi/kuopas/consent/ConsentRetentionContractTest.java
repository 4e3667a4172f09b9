package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.randomEmail;

import fi.kuopas.consent.retention.EndedConsentPastProof;
import fi.kuopas.consent.retention.ProofPastHold;
import fi.kuopas.testsupport.RetentionContractTests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;

/**
 * Retention through the kit's /api/v1/retention/runs: the proof of an erased consent whose erasure
 * hold ended yesterday is due; one whose processing is restricted is held. Only the DPO runs it.
 */
@QuarkusTest
class ConsentRetentionContractTest extends RetentionContractTests {

    @Inject
    AgroalDataSource db;

    @Override
    protected String registerRole() {
        return "dpo";
    }

    @Override
    protected String wrongRole() {
        return "consent-collector";
    }

    @Override
    protected String rule() {
        return ProofPastHold.NAME;
    }

    /** The erased proof past its hold first: the rule for ended consents leaves keys with an erasure hold to it. */
    @Override
    protected List<String> rulesInOrder() {
        return List.of(ProofPastHold.NAME, EndedConsentPastProof.NAME);
    }

    @Override
    protected String createExpired() {
        String key = grant(email(randomEmail()), "marketing-email");
        ErasedSubjects.erase(key);
        try {
            ErasedSubjects.holdEnded(db, key, 1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    @Override
    protected boolean exists(String key) {
        return ErasedSubjects.rows(db, "consent_record", "subject_key", key) > 0;
    }

    @Override
    protected String holdingRule() {
        return ProofPastHold.NAME;
    }

    @Override
    protected String createHeld() {
        String key = createExpired();
        ErasedSubjects.restrict(key);
        return key;
    }
}
