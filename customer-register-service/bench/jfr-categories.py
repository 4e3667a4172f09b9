#!/usr/bin/env python3
# Where the service's CPU went in a JFR recording (bench/run.sh with PROFILE_DIR writes lookup.jfr):
# the share of execution samples by framework, attributed to the frame nearest the leaf that belongs
# to a known package (exclusive), and the share whose stack passes through it at all (inclusive).
#   python3 customer-register-service/bench/jfr-categories.py PROFILE_DIR/lookup.jfr
# Needs the JDK's jfr tool on the PATH. Record with -XX:FlightRecorderOptions=stackdepth=256
# (SERVICE_JAVA_OPTS), or deep Quarkus stacks are cut at 64 frames.
import json, subprocess, sys, collections
f = sys.argv[1]
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", f], capture_output=True, text=True).stdout
ev = json.loads(out)["recording"]["events"]
cats = [
 ("bean validation (Hibernate Validator)", ["org.hibernate.validator", "io.quarkus.hibernate.validator"]),
 ("token verification / OIDC (jose4j, oidc, smallrye-jwt)", ["org.jose4j", "io.quarkus.oidc", "io.smallrye.jwt", "io.quarkus.security", "io.smallrye.jwt"]),
 ("Hibernate ORM / Panache", ["org.hibernate", "io.quarkus.hibernate"]),
 ("JDBC driver (pgjdbc) + Agroal", ["org.postgresql", "io.agroal"]),
 ("transaction (Narayana)", ["com.arjuna", "io.quarkus.narayana"]),
 ("JSON (Jackson)", ["com.fasterxml.jackson"]),
 ("crypto (JCA: AES-GCM, HMAC, RSA)", ["javax.crypto", "sun.security", "com.sun.crypto"]),
 ("OpenTelemetry", ["io.opentelemetry", "io.quarkus.opentelemetry"]),
 ("logging", ["org.jboss.logmanager", "org.jboss.logging"]),
 ("audit (kit)", ["fi.kuopas.privacy.audit"]),
 ("service code (fi.kuopas.customer)", ["fi.kuopas.customer"]),
 ("RESTEasy Reactive", ["org.jboss.resteasy.reactive"]),
 ("Vert.x / Netty", ["io.vertx", "io.netty"]),
 ("ArC (CDI)", ["io.quarkus.arc"]),
]
n = len(ev)
incl = collections.Counter(); top = collections.Counter(); leaf = collections.Counter()
for e in ev:
    frames = [fr["method"]["type"]["name"].replace("/", ".") + "." + fr["method"]["name"] for fr in e["values"]["stackTrace"]["frames"]]
    seen = set()
    for name, pre in cats:
        if any(any(fr.startswith(p) for p in pre) for fr in frames):
            seen.add(name)
    for s in seen: incl[s] += 1
    # exclusive: first category found from the leaf upwards
    c = "other (JDK)"
    for fr in frames:
        hit = next((name for name, pre in cats if any(fr.startswith(p) for p in pre)), None)
        if hit: c = hit; break
    top[c] += 1
    leaf[frames[0] if frames else "?"] += 1
thr = collections.Counter(e["values"]["sampledThread"]["javaName"].rsplit("-",1)[0] for e in ev)
print(f"{n} samples; threads: {dict(thr)}")
print("inclusive (stack contains):")
for k, v in incl.most_common(): print(f"  {100*v/n:5.1f}%  {k}")
print("exclusive (nearest to the leaf):")
for k, v in top.most_common(): print(f"  {100*v/n:5.1f}%  {k}")
