package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's portable replacements for sed on `java -version`, `find -newer` and `unzip`. */
class ToolchainTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheJavaFeatureVersionFromTheJdksReleaseFile() throws IOException {
        Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"21.0.2\"\n");
        assertThat(Toolchain.javaFeature(dir)).contains(21);
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");
        assertThat(Toolchain.javaFeature(dir)).contains(8);
        assertThat(Toolchain.javaFeature(dir.resolve("absent"))).isEmpty();
        assertThat(Toolchain.javaFeature(Path.of(System.getProperty("java.home"))))
                .contains(Runtime.version().feature());
    }

    @Test
    void shouldTreatAJarAsOutdatedWhenASourceUnderItsDirectoriesChangedAfterIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        Path src = Files.createDirectories(dir.resolve("src/main/java/x"));
        Path source = Files.writeString(src.resolve("A.java"), "class A {}");
        Instant built = Instant.parse("2026-01-01T12:00:00Z");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        Files.setLastModifiedTime(source, FileTime.from(built.minusSeconds(60)));

        assertThat(Toolchain.newerThan(jar, dir.resolve("src/main"), dir.resolve("absent"))).isFalse();
        Files.setLastModifiedTime(source, FileTime.from(built.plusSeconds(1)));
        assertThat(Toolchain.newerThan(jar, dir.resolve("src/main"))).isTrue();
        assertThat(Toolchain.newerThan(dir.resolve("missing.jar"), dir.resolve("src/main"))).isTrue();
    }

    @Test
    void shouldUnzipAndMakeScriptsExecutableButRefuseAnEntryOutsideTheTarget() throws IOException {
        Path zip = dir.resolve("dist.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "kc-1/bin/kc.sh", "#!/bin/sh\necho hi\n");
            entry(out, "kc-1/lib/readme.txt", "lib");
        }
        Path target = dir.resolve("unpacked");
        Toolchain.unzip(zip, target);
        Path script = target.resolve("kc-1/bin/kc.sh");
        assertThat(Files.readString(script)).isEqualTo("#!/bin/sh\necho hi\n");
        Toolchain.makeExecutable(script);
        assertThat(Files.isExecutable(script)).isTrue();

        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            entry(out, "../outside.txt", "no");
        }
        assertThatThrownBy(() -> Toolchain.unzip(evil, dir.resolve("second"))).hasMessageContaining("outside the target");
        assertThat(dir.resolve("outside.txt")).doesNotExist();

        Toolchain.deleteTree(target);
        assertThat(target).doesNotExist();
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
