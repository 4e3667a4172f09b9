package fi.kuopas.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the launcher needs from the machine: Java runtimes (this JVM for the services, PostgreSQL
 * and Kafka; a JDK 21+ for Keycloak), the Maven wrapper (service jars, privacy-kit's classes, the
 * Keycloak distribution from Maven Central) and the unpacked Keycloak. Portable: no GNU tools.
 */
final class Toolchain {

    private final Path root;
    private final Path stateDir;
    private final SuiteTopology topology;
    private final PrintStream out;

    Toolchain(Path root, Path stateDir, SuiteTopology topology, PrintStream out) {
        this.root = root;
        this.stateDir = stateDir;
        this.topology = topology;
        this.out = out;
    }

    // ------------------------------------------------------------------------------------ Java

    /**
     * Whether this JVM, which also runs the services, knows the HotSpot option {@code name}
     * (an unknown -XX option stops a JVM from starting).
     */
    static boolean vmOptionExists(String name) {
        try {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption(name);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The java of this JVM: bin/suite chose it (JAVA_HOME or PATH, 17+). */
    static String serviceJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A java 21+ for Keycloak: KEYCLOAK_JAVA_HOME, JAVA_HOME, this JVM, java on PATH, then the
     * usual install places of Linux and macOS.
     */
    String keycloakJava() {
        List<Path> homes = new ArrayList<>();
        optionalPath(topology.setting("KEYCLOAK_JAVA_HOME", "")).ifPresent(homes::add);
        optionalPath(topology.setting("JAVA_HOME", "")).ifPresent(homes::add);
        homes.add(Path.of(System.getProperty("java.home")));
        for (String dir : topology.setting("PATH", "").split(java.io.File.pathSeparator)) {
            Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
            if (Files.isExecutable(java)) {
                try {
                    homes.add(java.toRealPath().getParent().getParent());
                } catch (IOException e) {
                    // broken link
                }
            }
        }
        homes.addAll(sorted(Path.of("/usr/lib/jvm"), "25"));
        homes.addAll(sorted(Path.of("/usr/lib/jvm"), "21"));
        homes.addAll(sorted(Path.of("/usr/lib/jvm"), ""));
        homes.addAll(sorted(Path.of("/opt/java"), ""));
        homes.addAll(sorted(Path.of(System.getProperty("user.home"), ".sdkman/candidates/java"), ""));
        sorted(Path.of("/Library/Java/JavaVirtualMachines"), "").forEach(p -> homes.add(p.resolve("Contents/Home")));
        for (Path home : homes) {
            Path java = home.resolve("bin/java");
            if (Files.isExecutable(java) && javaFeature(home).orElse(0) >= 21) {
                return java.toString();
            }
        }
        throw new SuiteFailure("Keycloak " + keycloakVersion() + " needs Java 21 or newer and none was found (looked at "
                + "KEYCLOAK_JAVA_HOME, JAVA_HOME, java on PATH, /usr/lib/jvm/*, /Library/Java/JavaVirtualMachines/*).\n"
                + "       Install one (e.g. 'sudo apt-get install openjdk-21-jdk-headless', or Temurin 21/25 from "
                + "https://adoptium.net),\n       then run again or set KEYCLOAK_JAVA_HOME=/path/to/jdk21.");
    }

    private static Optional<Path> optionalPath(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static List<Path> sorted(Path dir, String containing) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(containing))
                    .sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    /** The feature version of a JDK home, from its {@code release} file. */
    static Optional<Integer> javaFeature(Path home) {
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------ Maven

    /** Runs {@code ./mvnw -B ARGS} in the checkout; output to {@code log} and, unless quiet, to stdout. */
    void maven(Path log, boolean echo, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("mvnw").toString());
        command.add("-B");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            try (InputStream in = p.getInputStream(); OutputStream file = Files.newOutputStream(log)) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    file.write(buf, 0, n);
                    if (echo) {
                        out.write(buf, 0, n);
                    }
                }
            }
            int rc = p.waitFor();
            if (rc != 0) {
                if (!echo) {
                    out.print(Files.readString(log, StandardCharsets.UTF_8));
                }
                throw new SuiteFailure("Maven (" + String.join(" ", args) + ") failed; see above or " + log);
            }
        } catch (IOException e) {
            throw new SuiteFailure("could not run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteFailure("interrupted while running Maven");
        }
    }

    Path serviceJar(SuiteTopology.Service s) {
        return root.resolve(s.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Modules whose {@code quarkus-run.jar} is missing or (unless SUITE_NO_BUILD=1) older than
     * their sources, privacy-kit's sources or a pom.
     */
    List<String> jarsToBuild() {
        List<String> missing = new ArrayList<>();
        for (SuiteTopology.Service s : SuiteTopology.SERVICES) {
            Path jar = serviceJar(s);
            if (!Files.isRegularFile(jar)) {
                missing.add(s.module());
            } else if (!topology.flag("SUITE_NO_BUILD")
                    && newerThan(jar, root.resolve(s.module()).resolve("src/main"), root.resolve(s.module()).resolve("pom.xml"),
                            root.resolve("privacy-kit/src/main"), root.resolve("privacy-kit/pom.xml"),
                            root.resolve("service-parent/pom.xml"), root.resolve("pom.xml"))) {
                missing.add(s.module() + "(outdated)");
            }
        }
        return missing;
    }

    /** Whether any regular file under {@code sources} was modified after {@code target}. */
    static boolean newerThan(Path target, Path... sources) {
        FileTime built;
        try {
            built = Files.getLastModifiedTime(target);
        } catch (IOException e) {
            return true;
        }
        for (Path source : sources) {
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(source)) {
                if (files.filter(Files::isRegularFile).anyMatch(f -> modified(f).compareTo(built) > 0)) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Builds the service jars when one is missing or outdated, or always with SUITE_BUILD=1. The
     * reactor build leaves suite-launcher out: this JVM runs from its jar (bin/suite rebuilt it).
     */
    void ensureServicesBuilt(Path logs) {
        List<String> missing = jarsToBuild();
        if (topology.flag("SUITE_BUILD") || !missing.isEmpty()) {
            long t0 = System.nanoTime();
            Suite.info(out, "building the reactor (./mvnw -B -q package -DskipTests)"
                    + (missing.isEmpty() ? "" : "; to build: " + String.join(" ", missing)));
            maven(logs.resolve("build.log"), true, "-q", "package", "-DskipTests", "-pl", "!suite-launcher");
            Suite.info(out, "build done in " + Suite.secondsSince(t0) + " s");
        }
        for (SuiteTopology.Service s : SuiteTopology.SERVICES) {
            if (!Files.isRegularFile(serviceJar(s))) {
                throw new SuiteFailure(root.relativize(serviceJar(s)) + " is missing after the build");
            }
        }
    }

    /** privacy-kit's compiled classes (fi.kuopas.privacy.kafka.KafkaTopology), compiled if missing. */
    Path privacyKitClasses(Path logs) {
        Path classes = root.resolve("privacy-kit/target/classes");
        if (!Files.isRegularFile(classes.resolve("fi/kuopas/privacy/kafka/KafkaTopology.class"))) {
            Suite.info(out, "compiling privacy-kit (Kafka topology)");
            maven(logs.resolve("kafka-topology.log"), false, "-q", "-pl", "privacy-kit", "compile");
        }
        return classes;
    }

    /** The jar this JVM runs from (its manifest names target/lib), the classpath of the suite's helper JVMs. */
    Path launcherJar() {
        try {
            Path p = Path.of(Toolchain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return root.resolve("suite-launcher/target/suite-launcher.jar");
        }
    }

    /** The launcher's full classpath (its jar or classes and every runtime dependency), for scripts. */
    String launcherClasspath() {
        Path self = launcherJar();
        List<String> entries = new ArrayList<>();
        entries.add(self.toString());
        Path lib = root.resolve("suite-launcher/target/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> entries.add(j.toString()));
            } catch (IOException e) {
                // the manifest still names them
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    // ------------------------------------------------------------------------------------ Keycloak

    String keycloakVersion() {
        String fromPom = "26.7.3";
        try {
            Matcher m = Pattern.compile("<keycloak\\.version>([^<]+)</keycloak\\.version>")
                    .matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
            if (m.find()) {
                fromPom = m.group(1).trim();
            }
        } catch (IOException e) {
            // default
        }
        return topology.setting("KEYCLOAK_VERSION", fromPom);
    }

    Path keycloakHome() {
        return stateDir.resolve("keycloak-" + keycloakVersion());
    }

    /** Downloads (once, through Maven) and unpacks the Keycloak distribution into .suite/keycloak-VERSION. */
    void ensureKeycloakDist(Path logs) {
        Path home = keycloakHome();
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        String version = keycloakVersion();
        Path dist = stateDir.resolve("dist");
        Path zip = dist.resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!isNonEmpty(zip)) {
            Suite.info(out, "downloading Keycloak " + version + " (org.keycloak:keycloak-quarkus-dist:" + version
                    + ":zip, ~180 MB, once)");
            maven(logs.resolve("keycloak-download.log"), false, "-q", "-N", "dependency:copy",
                    "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip", "-DoutputDirectory=" + dist);
        }
        Suite.info(out, "unpacking Keycloak into " + root.relativize(home));
        Path tmp = stateDir.resolve("keycloak.unpack");
        try {
            deleteTree(tmp);
            unzip(zip, tmp);
            Path unpacked = tmp.resolve("keycloak-" + version);
            if (!Files.isDirectory(unpacked)) {
                throw new SuiteFailure("unexpected layout in " + zip);
            }
            try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).collect(Collectors.toList())) {
                    makeExecutable(script);
                }
            }
            deleteTree(home);
            Files.move(unpacked, home);
            deleteTree(tmp);
        } catch (IOException e) {
            throw new SuiteFailure("could not unpack " + zip + ": " + e.getMessage());
        }
    }

    private static boolean isNonEmpty(Path f) {
        try {
            return Files.isRegularFile(f) && Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static void unzip(Path zip, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path to = base.resolve(e.getName()).normalize();
                if (!to.startsWith(base)) {
                    throw new IOException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void makeExecutable(Path f) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(f));
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(f, perms);
        } catch (UnsupportedOperationException e) {
            if (!f.toFile().setExecutable(true, false)) {
                throw new IOException("cannot make " + f + " executable", e);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}
