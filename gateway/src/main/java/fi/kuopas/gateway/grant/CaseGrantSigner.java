package fi.kuopas.gateway.grant;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * Signs the case grants the gateway attaches to every register call (ES256, see {@link CaseGrant}
 * for the format) and publishes the public key as a JWKS. The key comes from configuration; the
 * key id is its RFC 7638 thumbprint, so a rotated key gets a new id and registers refetch.
 */
@ApplicationScoped
public class CaseGrantSigner {

    private final GatewayConfig.CaseGrant config;
    private final ECPrivateKey privateKey;
    private final EllipticCurveJsonWebKey publicJwk;

    public CaseGrantSigner(GatewayConfig config) {
        this.config = config.caseGrant();
        if (this.config.lifetime().compareTo(Duration.ofSeconds(CaseGrant.MAX_LIFETIME_SECONDS)) > 0) {
            throw new IllegalStateException("kuopas.gateway.case-grant.lifetime must be at most 5 minutes");
        }
        KeyPair pair = this.config.signingKey().map(CaseGrantSigner::fromJwk).orElseGet(() -> {
            if (!this.config.ephemeralKey()) {
                throw new IllegalStateException("set kuopas.gateway.case-grant.signing-key (CASE_GRANT_SIGNING_KEY), "
                        + "a private EC P-256 JWK (JSON); or ephemeral-key=true for a single demo instance");
            }
            Log.warn("case grants are signed with an ephemeral key (demo/test only; one gateway instance)");
            return generate();
        });
        this.privateKey = (ECPrivateKey) pair.getPrivate();
        this.publicJwk = new EllipticCurveJsonWebKey((ECPublicKey) pair.getPublic());
        publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        publicJwk.setUse("sig");
        publicJwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    }

    /** A grant for one call: this register, this operation, this case, exactly these keys. */
    public String sign(String register, Operation operation, UUID caseId, String caseType, SubjectRef subject) {
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuer());
        claims.setAudience(register);
        claims.setSubject(caseId.toString());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(config.lifetime()).getEpochSecond()));
        claims.setClaim(CaseGrant.CLAIM_CASE_TYPE, caseType);
        claims.setClaim(CaseGrant.CLAIM_OPERATION, operation.claim());
        claims.setStringListClaim(CaseGrant.CLAIM_VERIFIED, new ArrayList<>(subject.verified()));
        claims.setStringListClaim(CaseGrant.CLAIM_CLAIMED, new ArrayList<>(subject.claimed()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(publicJwk.getKeyId());
        jws.setHeader("typ", CaseGrant.TYPE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("case grant could not be signed", e);
        }
    }

    /** The public JWKS the registers fetch. */
    public String jwks() {
        return new JsonWebKeySet(publicJwk).toJson();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair fromJwk(String json) {
        try {
            JsonWebKey jwk = JsonWebKey.Factory.newJwk(json.strip());
            if (!(jwk instanceof EllipticCurveJsonWebKey ec) || ec.getPrivateKey() == null
                    || !EllipticCurves.P256.equals(ec.getECPublicKey().getParams()) && !"P-256".equals(ec.getCurveName())) {
                throw new IllegalStateException("kuopas.gateway.case-grant.signing-key must be a private EC P-256 JWK");
            }
            return new KeyPair(ec.getECPublicKey(), ec.getEcPrivateKey());
        } catch (JoseException e) {
            throw new IllegalStateException("kuopas.gateway.case-grant.signing-key is not a JWK", e);
        }
    }
}
