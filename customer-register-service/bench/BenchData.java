import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test data of the customer-register benchmark (bench/run.sh), written as the service itself
 * would store it: subject keys are HMAC-SHA256 blind indexes ("kind_" + hex(HMAC(pepper,
 * "kind:" + normalised value))) and the identity code is AES-256-GCM encrypted in the stored
 * form "k1:" + base64(iv || ciphertext+tag) with the key id as associated data.
 *
 * <pre>
 *   java BenchData.java N K OUTDIR SAMPLE BATCH     (env PRIVACY_PEPPER, ENCRYPTION_KEY_K1)
 * </pre>
 *
 * Identity codes are invented DVV test-range codes (individual number 900–999), all valid and
 * all distinct: code i has individual number 900 + i % 100, century sign "-YXWVU"[(i / 100) % 6]
 * and birth date 1950-01-01 + i / 600 days. Codes 0..N-1 are the loaded persons, N..N+K-1 the
 * PMS import rows, so the two never collide.
 *
 * Writes: persons.csv and provenance.csv (COPY csv of the N persons), lookup-codes.txt (SAMPLE
 * random codes of loaded persons, for the HTTP lookups), lookup-keys.csv (the pic_keys of the same
 * sample, numbered from 1, for the raw pgbench lookups), pms/batch-NNNNN.json (the K import rows
 * in bodies of BATCH rows) and pms.csv (the same K rows as COPY csv for the raw comparison); with a
 * sixth argument W > 0 also pms-warmup/batch-NNNNN.json (W more rows, N+K..N+K+W-1, for a warm-up
 * import before the measured one).
 */
public class BenchData {

    static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    static final String SIGNS = "-YXWVU";
    static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);
    static final String[] FIRST = {"Matti", "Maija", "Juha", "Anna", "Mikko", "Laura", "Timo", "Sanna", "Jari", "Heidi",
            "Pekka", "Kaisa", "Antti", "Elina", "Ville", "Riikka", "Jussi", "Päivi", "Sami", "Tiina"};
    static final String[] LAST = {"Meikäläinen", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
            "Niemi", "Heikkilä", "Kinnunen", "Salonen"};
    static final String[] CITIES = {"Kuopio", "Siilinjärvi", "Helsinki", "Tampere", "Joensuu"};

    final Mac mac;
    final Cipher cipher;
    final SecretKeySpec aesKey;
    final SecureRandom random = new SecureRandom();
    final byte[] aad = "k1".getBytes(StandardCharsets.UTF_8);
    final String now = Instant.now().toString();

    BenchData(String pepper, String keyB64) throws Exception {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] raw = Base64.getDecoder().decode(keyB64.strip());
        if (raw.length != 32) {
            throw new IllegalArgumentException("ENCRYPTION_KEY_K1 must be 32 bytes, base64");
        }
        aesKey = new SecretKeySpec(raw, "AES");
        cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    static String code(long i) {
        int individual = 900 + (int) (i % 100);
        char sign = SIGNS.charAt((int) ((i / 100) % 6));
        LocalDate d = birthDate(i);
        String date = String.format("%02d%02d%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
        String ind = String.format("%03d", individual);
        return date + sign + ind + CHECK.charAt((int) (Long.parseLong(date + ind) % 31));
    }

    static LocalDate birthDate(long i) {
        return FIRST_BIRTH_DATE.plusDays(i / 600);
    }

    String key(String kind, String normalised) {
        return kind + "_" + HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
    }

    String encrypt(String plain) throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "k1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }

    static String normaliseName(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(new Locale("fi"));
    }

    /** One person of index i; fields in the column order of COLUMNS. */
    record Row(String id, String picEncrypted, String picKey, String emailKey, String phoneKey, String nameKey,
            String first, String last, LocalDate birth, String email, String phone, String street, String postal,
            String city, String code) {
    }

    static final String COLUMNS = "id, pic_encrypted, pic_key, email_key, phone_key, name_key, first_name, last_name, "
            + "birth_date, email, phone, language, street_address, postal_code, city, external_pms_id, created_at, updated_at";

    Row row(long i) throws Exception {
        String code = code(i);
        String first = FIRST[(int) (i % FIRST.length)];
        String last = LAST[(int) ((i / FIRST.length) % LAST.length)];
        LocalDate birth = birthDate(i);
        String email = "bench.person." + i + "@example.fi";
        String phone = String.format("+35840%07d", i % 10_000_000);
        return new Row(UUID.randomUUID().toString(), encrypt(code), key("pic", code), key("email", email),
                key("phone", phone), key("name", normaliseName(first + " " + last) + "|" + birth), first, last, birth,
                email, phone, "Testikatu " + (1 + i % 200) + " A " + (1 + i % 40), String.format("70%03d", i % 1000),
                CITIES[(int) (i % CITIES.length)], code);
    }

    static String csv(Row r, String externalId, String now) {
        return String.join(",", r.id, r.picEncrypted, r.picKey, r.emailKey, r.phoneKey, r.nameKey, r.first, r.last,
                r.birth.toString(), r.email, r.phone, "fi", r.street, r.postal, r.city, externalId == null ? "" : externalId,
                now, now) + "\n";
    }

    static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static BufferedWriter writer(Path p) throws IOException {
        return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 20);
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        long k = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        int sample = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        long warm = args.length > 5 ? Long.parseLong(args[5]) : 0;
        if ((n + k + warm) / 600 > 365L * 45) {
            throw new IllegalArgumentException("N + K too large for the code scheme (max about 9.8 million)");
        }
        BenchData g = new BenchData(System.getenv("PRIVACY_PEPPER"), System.getenv("ENCRYPTION_KEY_K1"));
        Files.createDirectories(out.resolve("pms"));
        long t0 = System.nanoTime();
        try (BufferedWriter persons = writer(out.resolve("persons.csv"));
                BufferedWriter prov = writer(out.resolve("provenance.csv"))) {
            for (long i = 0; i < n; i++) {
                Row r = g.row(i);
                persons.write(csv(r, null, g.now));
                prov.write(r.id + ",address,the data subject," + g.now + ",customer relationship\n");
            }
        }
        Random pick = new Random(42);
        try (BufferedWriter codes = writer(out.resolve("lookup-codes.txt"));
                BufferedWriter keys = writer(out.resolve("lookup-keys.csv"))) {
            for (int s = 0; s < sample; s++) {
                String code = code(Math.floorMod(pick.nextLong(), n));
                codes.write(code + "\n");
                keys.write((s + 1) + "," + g.key("pic", code) + "\n");
            }
        }
        try (BufferedWriter pms = writer(out.resolve("pms.csv"))) {
            pmsBodies(g, n, n + k, batch, out.resolve("pms"), pms);
        }
        if (warm > 0) {
            // Rows of their own for a warm-up import before the measured one (not in pms.csv).
            Files.createDirectories(out.resolve("pms-warmup"));
            pmsBodies(g, n + k, n + k + warm, batch, out.resolve("pms-warmup"), null);
        }
        System.err.printf("generated %d persons and %d PMS rows (+ %d warm-up) in %.1f s%n", n, k, warm, (System.nanoTime() - t0) / 1e9);
    }

    /** PMS rows from..to-1 as import bodies of up to BATCH rows in dir, and as COPY csv into pms when not null. */
    private static void pmsBodies(BenchData g, long from, long to, int batch, Path dir, BufferedWriter pms) throws Exception {
        StringBuilder body = null;
        int inBody = 0;
        int file = 0;
        for (long i = from; i < to; i++) {
            Row r = g.row(i);
            String ext = "BENCH-PMS-" + i;
            if (pms != null) {
                pms.write(csv(r, ext, g.now));
            }
            if (body == null) {
                body = new StringBuilder(batch * 300).append("{\"rows\":[");
            } else {
                body.append(',');
            }
            body.append("{\"externalId\":").append(json(ext)).append(",\"personalIdentityCode\":").append(json(r.code))
                    .append(",\"firstName\":").append(json(r.first)).append(",\"lastName\":").append(json(r.last))
                    .append(",\"email\":").append(json(r.email)).append(",\"phone\":").append(json(r.phone))
                    .append(",\"streetAddress\":").append(json(r.street)).append(",\"postalCode\":").append(json(r.postal))
                    .append(",\"city\":").append(json(r.city)).append('}');
            if (++inBody == batch || i == to - 1) {
                body.append("]}");
                Files.writeString(dir.resolve(String.format("batch-%05d.json", file++)), body);
                body = null;
                inBody = 0;
            }
        }
    }
}
