import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/**
 * What a case grant costs per register call: signing one at the gateway and verifying it at a
 * register (claims, type, audience, lifetime checks included), next to a raw JDK ES256 sign and
 * verify of the same payload in the same run. Keys are cached, as in the services (JWKS fetched once).
 */
public class GrantBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        EllipticCurveJsonWebKey jwk = new EllipticCurveJsonWebKey((ECPublicKey) kp.getPublic());
        jwk.setKeyId("k");
        JwtConsumer consumer = new JwtConsumerBuilder().setExpectedType(true, "kuopas-case-grant+jwt").setRequireJwtId()
                .setRequireIssuedAt().setRequireExpirationTime().setRequireSubject().setMaxFutureValidityInMinutes(5)
                .setExpectedIssuer("kuopas-gateway").setExpectedAudience("customer")
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(List.of(jwk))).build();
        long sign = 0, verify = 0, rawSign = 0, rawVerify = 0;
        String token = null;
        for (int i = 0; i < n + 2_000; i++) {
            long t0 = System.nanoTime();
            token = grant(kp);
            long t1 = System.nanoTime();
            consumer.processToClaims(token);
            long t2 = System.nanoTime();
            byte[] payload = token.getBytes(StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(kp.getPrivate());
            s.update(payload);
            byte[] sig = s.sign();
            long t3 = System.nanoTime();
            Signature v = Signature.getInstance("SHA256withECDSA");
            v.initVerify(kp.getPublic());
            v.update(payload);
            if (!v.verify(sig)) {
                throw new IllegalStateException();
            }
            long t4 = System.nanoTime();
            if (i >= 2_000) {
                sign += t1 - t0;
                verify += t2 - t1;
                rawSign += t3 - t2;
                rawVerify += t4 - t3;
            }
        }
        System.out.printf("case grant sign   %.3f ms/call   raw JDK ES256 sign   %.3f ms   ratio %.2f%n", ms(sign, n), ms(rawSign, n), (double) sign / rawSign);
        System.out.printf("case grant verify %.3f ms/call   raw JDK ES256 verify %.3f ms   ratio %.2f%n", ms(verify, n), ms(rawVerify, n), (double) verify / rawVerify);
        System.out.printf("grant size %d bytes (n=%d)%n", token.length(), n);
    }

    private static String grant(KeyPair kp) throws Exception {
        JwtClaims c = new JwtClaims();
        c.setIssuer("kuopas-gateway");
        c.setAudience("customer");
        c.setSubject(UUID.randomUUID().toString());
        c.setGeneratedJwtId();
        c.setIssuedAtToNow();
        c.setExpirationTimeMinutesInTheFuture(2);
        c.setClaim("case_type", "ACCESS");
        c.setClaim("op", "access");
        c.setStringListClaim("verified_keys", List.of("pic_" + "a".repeat(64), "name_" + "b".repeat(64)));
        c.setStringListClaim("claimed_keys", List.of("email_" + "c".repeat(64)));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(c.toJson());
        jws.setKey(kp.getPrivate());
        jws.setKeyIdHeaderValue("k");
        jws.setHeader("typ", "kuopas-case-grant+jwt");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        return jws.getCompactSerialization();
    }

    private static double ms(long nanos, int n) {
        return nanos / 1e6 / n;
    }
}
