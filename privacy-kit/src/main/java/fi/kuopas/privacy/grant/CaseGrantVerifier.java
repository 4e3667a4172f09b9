package fi.kuopas.privacy.grant;

import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Checks a register's incoming {@link CaseGrant}: signed by the gateway's key (fetched from its JWKS
 * endpoint and cached; an unknown key id triggers a refetch, so the gateway can rotate keys),
 * issued by the gateway, for this register, unexpired and short-lived, for this operation, this
 * case and exactly these subject keys. Anything else is a 403 whatever the bearer token's roles.
 */
@ApplicationScoped
public class CaseGrantVerifier {

    private final JwtConsumer consumer;
    private final String audience;

    public CaseGrantVerifier(@ConfigProperty(name = "kuopas.case-grant.jwks-url") String jwksUrl,
            @ConfigProperty(name = "kuopas.case-grant.issuer", defaultValue = "kuopas-gateway") String issuer,
            @ConfigProperty(name = "kuopas.case-grant.audience") Optional<String> audience) {
        this.audience = audience.orElseThrow(() -> new IllegalStateException(
                "kuopas.case-grant.audience must name this register (the audience of the gateway's case grants)"));
        HttpsJwks jwks = new HttpsJwks(jwksUrl);
        jwks.setDefaultCacheDuration(300);
        jwks.setRetainCacheOnErrorDuration(300);
        this.consumer = new JwtConsumerBuilder()
                .setExpectedType(true, CaseGrant.TYPE)
                .setRequireJwtId()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setMaxFutureValidityInMinutes((int) (CaseGrant.MAX_LIFETIME_SECONDS / 60))
                .setAllowedClockSkewInSeconds(5)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(this.audience)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
                .build();
    }

    /** The grant, if it allows exactly this call; a 403 problem otherwise (no personal data in the detail). */
    public CaseGrant require(String token, Operation operation, UUID caseId, SubjectRef subject) {
        if (token == null || token.isBlank()) {
            throw refused("this call needs a case grant from the gateway in the " + CaseGrant.HEADER + " header");
        }
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(token.strip());
        } catch (InvalidJwtException e) {
            throw refused(reason(e));
        }
        try {
            CaseGrant grant = new CaseGrant(UUID.fromString(claims.getSubject()),
                    claims.getStringClaimValue(CaseGrant.CLAIM_CASE_TYPE),
                    Operation.ofClaim(claims.getStringClaimValue(CaseGrant.CLAIM_OPERATION)),
                    new SubjectRef(keys(claims, CaseGrant.CLAIM_VERIFIED), keys(claims, CaseGrant.CLAIM_CLAIMED)),
                    audience, claims.getJwtId(), Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
            if (claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue() > CaseGrant.MAX_LIFETIME_SECONDS) {
                throw refused("the case grant lives longer than " + CaseGrant.MAX_LIFETIME_SECONDS + " s");
            }
            if (grant.operation() != operation) {
                throw refused("the case grant is for operation " + claims.getStringClaimValue(CaseGrant.CLAIM_OPERATION)
                        + ", not " + operation.claim());
            }
            if (!grant.caseId().equals(caseId)) {
                throw refused("the case grant is for another case");
            }
            if (!grant.subject().verified().equals(subject.verified()) || !grant.subject().claimed().equals(subject.claimed())) {
                throw refused("the case grant covers other subject keys than the call");
            }
            return grant;
        } catch (MalformedClaimException | IllegalArgumentException | NullPointerException e) {
            throw refused("the case grant's claims are malformed");
        }
    }

    private static Set<String> keys(JwtClaims claims, String name) throws MalformedClaimException {
        List<String> list = claims.hasClaim(name) ? claims.getStringListClaimValue(name) : List.of();
        return new HashSet<>(list);
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "the case grant has expired";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the case grant is for another register";
        }
        Log.debugf("case grant refused: %s", e.getErrorDetails());
        return "the case grant is not valid (signature, issuer, type or lifetime)";
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(403, "case-grant", "No valid case grant", detail);
    }
}
