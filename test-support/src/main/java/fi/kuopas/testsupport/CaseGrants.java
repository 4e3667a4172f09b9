package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs case grants the way the gateway does, with the OIDC test server's key, whose JWKS the
 * registers fetch in the test profile; so a register test exercises the real verification path.
 */
public final class CaseGrants {

    private static final String ISSUER = "kuopas-gateway";
    private static final RsaJsonWebKey KEY = load();

    private CaseGrants() {
    }

    /** A valid four-minute grant. */
    public static String grant(String audience, Operation op, UUID caseId, Collection<String> verified,
            Collection<String> claimed) {
        return grant(audience, op, caseId, verified, claimed, Instant.now(), Duration.ofMinutes(4));
    }

    public static String grant(String audience, Operation op, UUID caseId, Collection<String> verified,
            Collection<String> claimed, Instant issuedAt, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(audience);
        claims.setSubject(caseId.toString());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(lifetime).getEpochSecond()));
        claims.setClaim(CaseGrant.CLAIM_CASE_TYPE, "ACCESS");
        claims.setClaim(CaseGrant.CLAIM_OPERATION, op.claim());
        claims.setStringListClaim(CaseGrant.CLAIM_VERIFIED, new ArrayList<>(verified));
        claims.setStringListClaim(CaseGrant.CLAIM_CLAIMED, new ArrayList<>(claimed));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEY.getPrivateKey());
        jws.setKeyIdHeaderValue(KEY.getKeyId());
        jws.setHeader("typ", CaseGrant.TYPE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SPI body of a call: case id and the subject split into verified and claimed keys. */
    public static Map<String, Object> body(UUID caseId, Collection<String> verified, Collection<String> claimed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", caseId.toString());
        body.put("subject", Map.of("verified", List.copyOf(verified), "claimed", List.copyOf(claimed)));
        return body;
    }

    /**
     * A request as the gateway sends it: its dsr-gateway token, a grant for exactly this call and
     * the body; add extra body fields (e.g. a restriction's action) through {@code extra}.
     */
    public static RequestSpecification call(String register, Operation op, UUID caseId, Collection<String> verified,
            Collection<String> claimed, Map<String, Object> extra) {
        Map<String, Object> body = body(caseId, verified, claimed);
        body.putAll(extra);
        return given().header("Authorization", Tokens.bearer("gateway", "dsr-gateway"))
                .header(CaseGrant.HEADER, grant(register, op, caseId, verified, claimed))
                .contentType("application/json").body(body);
    }

    /** A call whose every key is verified. */
    public static RequestSpecification call(String register, Operation op, UUID caseId, String... verifiedKeys) {
        return call(register, op, caseId, Set.of(verifiedKeys), Set.of(), Map.of());
    }

    private static RsaJsonWebKey load() {
        try (InputStream in = CaseGrants.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
            if (in == null) {
                throw new IllegalStateException("privateKey.jwk of quarkus-test-oidc-server not on the class path");
            }
            RsaJsonWebKey key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return key;
        } catch (IOException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

}
