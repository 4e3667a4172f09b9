package fi.kuopas.privacy.grant;

import fi.kuopas.privacy.dsr.SubjectRef;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A case grant: the gateway's signed statement that one register may perform one operation of one
 * real data-subject case on one subject. It travels as a compact JWS (JWT, ES256) in the
 * {@value #HEADER} header beside the gateway's access token, so a leaked client secret alone can
 * read or erase nobody (docs/domain-rules.md, "case-bound register calls").
 *
 * <p>Claims: {@code iss} the gateway, {@code aud} the register's name, {@code sub} the case id,
 * {@code jti}, {@code iat}, {@code exp} (at most {@link #MAX_LIFETIME_SECONDS} after {@code iat}),
 * {@code case_type} (ACCESS …), {@code op} ({@link Operation}), {@code verified_keys} and
 * {@code claimed_keys} (the subject keys the call may use). JOSE header {@code typ} = {@value #TYPE}.
 */
public record CaseGrant(UUID caseId, String caseType, Operation operation, SubjectRef subject, String audience,
        String id, Instant expiresAt) {

    public static final String HEADER = "Kuopas-Case-Grant";
    public static final String TYPE = "kuopas-case-grant+jwt";
    public static final long MAX_LIFETIME_SECONDS = 300;

    public static final String CLAIM_CASE_TYPE = "case_type";
    public static final String CLAIM_OPERATION = "op";
    public static final String CLAIM_VERIFIED = "verified_keys";
    public static final String CLAIM_CLAIMED = "claimed_keys";

    /** What the grant allows, one per SPI operation; an erasure preview grant cannot execute one. */
    public enum Operation {
        LOOKUP, ACCESS, ERASURE_PREVIEW, ERASURE_EXECUTE, RESTRICTION, OBJECTION, RECTIFICATION;

        public String claim() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Operation ofClaim(String claim) {
            for (Operation o : values()) {
                if (o.claim().equals(claim)) {
                    return o;
                }
            }
            return null;
        }
    }
}
