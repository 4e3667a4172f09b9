package fi.kuopas.suite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kuopas.suite.SuiteTopology;
import fi.kuopas.suite.seed.SeedClient.Api;
import fi.kuopas.suite.seed.SeedClient.Reply;
import fi.kuopas.suite.seed.SeedClient.SeedFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Demo data for a running local suite ({@code bin/seed-demo}, run by {@code bin/suite up}), through
 * each service's public API with the demo users of the dev realm — so seeding exercises the same
 * roles, validation and audit as real use. Every identity code is in the DVV test range (900–999)
 * or is the demo data subject's (Matti Meikäläinen, 131052-308T); every other person is invented.
 *
 * <p>Idempotent: people are found by identity code, email or business id before they are created,
 * requests carry request ids or external references, a 409 for "already there" ends that step, and
 * the few records without a natural key (an objection, an incident hold) are made only on the first
 * seeding, remembered by a marker file in the suite's state directory.
 */
public final class DemoSeed {

    public static final String DEMO_PIC = "131052-308T";
    public static final String DEMO_EMAIL = "demo.subject@example.fi";
    static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private final SeedClient client;
    private final Path state;
    private final Clock clock;
    private final PrintStream out;

    public DemoSeed(SeedClient client, Path state, Clock clock, PrintStream out) {
        this.client = client;
        this.state = state;
        this.clock = clock;
        this.out = out;
    }

    public static int run(SuiteTopology topology, Path state, PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(state);
            new DemoSeed(new SeedClient(topology), state, Clock.systemUTC(), out).all();
            return 0;
        } catch (SeedFailure | IOException e) {
            err.println("seeding failed: " + e.getMessage());
            return 1;
        }
    }

    /** Every register, then consent-service, whose events then find the people just created. */
    public void all() {
        step("cctv-register-service", this::cctv);
        step("customer-register-service", this::customer);
        step("personnel-register-service", this::personnel);
        step("stakeholder-register-service", this::stakeholder);
        step("consent-service", this::consent);
    }

    private void step(String name, Runnable seed) {
        try {
            seed.run();
            out.println("  seeded " + name);
        } catch (SeedFailure e) {
            throw new SeedFailure("seeding " + name + " failed: " + e.getMessage());
        }
    }

    // ---- customer register -------------------------------------------------------------------
    /**
     * The demo data subject with a housing application, a DVV refresh, an Asiakastieto credit check
     * for the lease and a tenant-selection decision made by a letting officer (a person, never
     * automated: Art 22); eight other residents, one with a protected address in the fake DVV
     * (identity code number ending in 7). Residents are added by customer service through
     * {@code POST /persons}: the PMS import needs a role no demo user has.
     */
    void customer() {
        Api asta = client.as("asta.asiakaspalvelu", "customer");
        Api leena = client.as("leena.vuokraus", "customer");
        String demo = asta.post("search demo subject", "persons/search", obj("personalIdentityCode", DEMO_PIC)).expect(200).firstId();
        if (demo == null) {
            demo = asta.post("create demo subject", "persons", obj("personalIdentityCode", DEMO_PIC, "firstName", "Matti",
                    "lastName", "Meikäläinen", "email", DEMO_EMAIL, "phone", "+358401234567", "language", "fi",
                    "streetAddress", "Hämeentie 12 B 7", "postalCode", "00530", "city", "Helsinki")).expect(201).firstId();
        }
        Reply applications = asta.get("list demo subject's applications", "housing-applications?personId=" + demo).expect(200);
        if (applications.json().isArray() && applications.json().isEmpty()) {
            String application = asta.post("demo subject's housing application", "housing-applications", obj("personId", demo,
                    "kind", "HOUSING", "householdSize", 2, "desiredArea", "Kallio", "desiredRooms", 2)).expect(201).firstId();
            leena.post("DVV refresh of the demo subject", "persons/" + demo + "/population-register-refresh",
                    obj("purpose", "lease preparation: address and protected-address check")).expect(200);
            leena.post("credit check of the demo subject", "persons/" + demo + "/credit-checks",
                    obj("applicationId", application, "purpose", "LEASE")).expect(201);
            leena.post("tenant-selection decision for the demo subject", "tenant-selection-decisions", obj(
                    "applicationId", application, "apartmentRef", "KUO-A12", "outcome", "SELECTED",
                    "rationale", "Ruokakunnan koko ja asunnon tarve vastaavat kaksiota A12. Maksuhäiriömerkintä käsiteltiin "
                            + "haastattelussa 24.11.; vakuudeksi sovittiin kahden kuukauden vuokra.",
                    "inputsUsed", List.of("application", "household", "interview", "credit-check"))).expect(201);
        }
        resident(asta, 1, "040378-921U", "Aino", "Virtanen", "fi", "Mannerheimintie 41 A 5", "00250", "Helsinki");
        resident(asta, 2, "191165-9341", "Juhani", "Korhonen", "fi", "Itäinen Pitkäkatu 18 B 22", "20700", "Turku");
        resident(asta, 3, "280690-948P", "Linnéa", "Öhman", "sv", "Hämeenkatu 9 C 31", "33100", "Tampere");
        String eero = resident(asta, 4, "020183-9527", "Eero", "Nieminen", "fi", "Kauppakatu 22 A 4", "70100", "Kuopio");
        if (eero != null) {
            asta.post("resident 4's housing application", "housing-applications", obj("personId", eero, "kind", "HOUSING",
                    "householdSize", 3, "desiredArea", "Puijonlaakso", "desiredRooms", 3)).expect(201);
        }
        // Protected address in the fake DVV: the refresh hides it from everyone but letting officers.
        String sofia = resident(asta, 5, "150871-957A", "Sofia", "Hämäläinen", "fi", "Satamakatu 3 A 1", "40100", "Jyväskylä");
        if (sofia != null) {
            leena.post("DVV refresh of resident 5", "persons/" + sofia + "/population-register-refresh",
                    obj("purpose", "lease preparation: address check")).expect(200);
        }
        resident(asta, 6, "300496-966H", "Onni", "Laine", "fi", "Rautatienkatu 14 D 40", "90100", "Oulu");
        resident(asta, 7, "111258-9723", "Elina", "Heikkinen", "fi", "Aleksanterinkatu 7 B 12", "00100", "Helsinki");
        String vaino = resident(asta, 8, "070701A9856", "Väinö", "Järvinen", "fi", "Yliopistonkatu 30 A 2", "40100", "Jyväskylä");
        if (vaino != null) {
            asta.post("resident 8's key application", "housing-applications",
                    obj("personId", vaino, "kind", "KEY", "householdSize", 1)).expect(201);
        }
    }

    /** A resident created now (their id), or null when already there (409). */
    private String resident(Api asta, int n, String pic, String first, String last, String language, String street,
            String postal, String city) {
        Reply reply = asta.post("resident " + n, "persons", obj("personalIdentityCode", pic, "firstName", first,
                "lastName", last, "email", "asukas" + n + "@example.fi", "phone", String.format("+35840111%04d", n),
                "language", language, "streetAddress", street, "postalCode", postal, "city", city)).expect(201, 409);
        return reply.is(201) ? reply.firstId() : null;
    }

    // ---- personnel register ------------------------------------------------------------------
    /**
     * A property-maintenance team led by Sami Esihenkilö (so he sees his own team only), the demo
     * data subject as a part-time employee in it with contracts, working time and a sick leave in the
     * health store, and a recruitment round the demo subject and others applied to.
     */
    void personnel() {
        Api hr = client.as("helmi.hr", "personnel");
        Api health = client.as("hannu.terveys", "personnel");
        Employee sami = employee(hr, "010594Y9032", "Sami", "Esihenkilö", "sami.esihenkilo@kuopas.example",
                "Kiinteistöpäällikkö", "Kiinteistöhuolto Itä", null, "sami.esihenkilo");
        if (sami.created()) {
            contract(hr, sami.id(), "2015-08-01", null, "PERMANENT", "FULL_TIME", null);
        }
        Employee demo = employee(hr, DEMO_PIC, "Matti", "Meikäläinen", DEMO_EMAIL, "Kiinteistönhoitaja",
                "Kiinteistöhuolto Itä", sami.id(), null);
        if (demo.created()) {
            contract(hr, demo.id(), "2019-03-01", "2019-08-31", "FIXED_TERM", "FULL_TIME", "Kesäsijaisuus");
            contract(hr, demo.id(), "2019-09-01", null, "PERMANENT", "PART_TIME", null);
            health.post("demo subject's sick leave", "health/absences", obj("employeeId", demo.id(), "kind", "SICK_LEAVE",
                    "startDate", "2026-02-02", "endDate", "2026-02-06", "certificateIssuer", "Työterveys Savo Oy",
                    "details", "Influenssa")).expect(201);
        }
        month(hr, demo.id(), "2026-01", 80, 0, 0, 0);
        month(hr, demo.id(), "2026-02", 56, 2.5, 0, 5);
        String[][] team = {
            {"020516C903K", "Aino", "Kärkkäinen", "Huoltomies"}, {"020504B904H", "Eero", "Väisänen", "Huoltomies"},
            {"150375-9503", "Liisa", "Heikkinen", "Siivoja"}, {"220888-964E", "Jussi", "Räsänen", "Huoltomies"}};
        for (String[] p : team) {
            String email = ascii(p[1] + "." + p[2]).toLowerCase() + "@kuopas.example";
            Employee e = employee(hr, p[0], p[1], p[2], email, p[3], "Kiinteistöhuolto Itä", sami.id(), null);
            if (e.created()) {
                contract(hr, e.id(), "2021-04-01", null, "PERMANENT", "FULL_TIME", null);
            }
            month(hr, e.id(), "2026-02", 150, 4, 2, 0);
        }
        Employee helmi = employee(hr, "040681-9576", "Helmi", "Hallinto", "helmi.hallinto@kuopas.example",
                "HR-asiantuntija", "Henkilöstöhallinto", null, "helmi.hr");
        if (helmi.created()) {
            contract(hr, helmi.id(), "2012-01-09", null, "PERMANENT", "FULL_TIME", null);
        }
        // A recruitment round: an ordinary position and a special-trust one (credit check allowed).
        String closes = LocalDate.now(clock).plusMonths(3).toString();
        String ordinary = hr.post("job posting", "job-postings", obj("title", "Huoltoneuvoja", "team", "Kiinteistöhuolto Itä",
                "specialTrust", false, "closesOn", closes, "externalRef", "demo-rekry-huoltoneuvoja")).expect(200, 201).firstId();
        String trusted = hr.post("special-trust job posting", "job-postings", obj("title", "Talouspäällikkö", "team", "Talous",
                "specialTrust", true, "closesOn", closes, "externalRef", "demo-rekry-talouspaallikko")).expect(200, 201).firstId();
        Reply matti = apply(hr, ordinary, "Matti", "Meikäläinen", DEMO_EMAIL, "1952-10-13",
                "Kiinteistönhoitaja, pitkä kokemus asukaspalvelusta.");
        if (matti.is(201)) {
            String consent = hr.post("reference-check consent", "applicants/" + matti.json().path("applicant").path("id").asText()
                    + "/consents", obj("kind", "REFERENCE_CHECK", "givenAt", "2026-11-02T10:00:00Z",
                    "evidence", "Suostumus hakemuslomakkeella")).expect(201).firstId();
            hr.post("reference check", "applications/" + matti.firstId() + "/reference-checks", obj("consentId", consent,
                    "refereeName", "Pekka Suosittelija", "refereeOrganisation", "Kuopion Asunnot Oy",
                    "summary", "Luotettava ja asukkaiden arvostama.", "checkedAt", "2026-11-05",
                    "source", obj("origin", "OTHER", "name", "Kuopion Asunnot Oy", "obtainedAt", "2026-11-05T12:00:00Z")))
                    .expect(201);
        }
        Reply riikka = apply(hr, trusted, "Riikka", "Lappalainen", "riikka.lappalainen@example.fi", "1984-02-29",
                "KTM, taloushallinnon esihenkilö 8 vuotta.");
        if (riikka.is(201)) {
            // Credit data only for the applicant selected for a special-trust position (Act 759/2004 §4(2)),
            // after the application was received, to the microsecond.
            String now = MICROS.format(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS));
            hr.put("selection decision", "applications/" + riikka.firstId() + "/decision",
                    obj("version", 0, "outcome", "SELECTED", "notifiedAt", now)).expect(200);
            hr.post("credit check of the selected applicant", "applications/" + riikka.firstId() + "/credit-checks", obj(
                    "applicantInformedAt", now, "checkedAt", now, "summary", "Ei maksuhäiriömerkintöjä",
                    "source", obj("origin", "OTHER", "name", "Suomen Asiakastieto Oy", "obtainedAt", now, "basis", "LEGAL_RIGHT",
                            "reference", "Credit Information Act 527/2007; Act 759/2004 §4(2)"))).expect(201);
        }
        apply(hr, ordinary, "Tuomas", "Östman", "tuomas.ostman@example.fi", "1995-07-21", "Kiinteistönhoidon ammattitutkinto.");
        apply(hr, ordinary, "Sanna", "Jääskeläinen", "sanna.jaaskelainen@example.fi", "1999-12-01", "Kiinteistönhoitajaopiskelija.");
    }

    record Employee(String id, boolean created) {}

    private Employee employee(Api hr, String pic, String first, String last, String email, String position, String team,
            String supervisorId, String username) {
        int n = Math.floorMod(pic.hashCode(), 1_000_000);
        ObjectNode body = obj("personalIdentityCode", pic, "firstName", first, "lastName", last, "email", email,
                "phone", String.format("+358 40 %03d %04d", n / 1000 % 1000, n % 10000),
                "address", "Puijonkatu " + (n % 40 + 1) + ", 70100 Kuopio", "bankAccount", "FI21 1234 5600 0007 85",
                "taxCardReference", "VERO-2026-" + pic.substring(0, 6), "position", position, "team", team);
        if (supervisorId != null) {
            body.put("supervisorId", supervisorId);
        }
        if (username != null) {
            body.put("username", username);
        }
        Reply created = hr.post("employee " + first, "employees", body).expect(201, 409);
        if (created.is(201)) {
            return new Employee(created.firstId(), true);
        }
        String id = hr.post("find employee " + first, "employees/search", obj("personalIdentityCode", pic)).expect(200).firstId();
        if (id == null) {
            throw new SeedFailure("employee " + first + " answered 409 but is not found by identity code");
        }
        return new Employee(id, false);
    }

    private void contract(Api hr, String employee, String start, String end, String type, String workingTime, String reason) {
        hr.post("contract", "employees/" + employee + "/contracts", obj("startDate", start, "endDate", end, "type", type,
                "workingTime", workingTime, "fixedTermReason", reason)).expect(201);
    }

    private void month(Api hr, String employee, String period, double regular, double overtime, int leave, int absence) {
        hr.put("working time " + period, "employees/" + employee + "/working-time/" + period, obj("regularHours", regular,
                "overtimeHours", overtime, "annualLeaveDays", leave, "absenceDays", absence)).expect(200, 409);
    }

    private Reply apply(Api hr, String posting, String first, String last, String email, String birth, String cv) {
        return hr.post("application of " + first, "job-postings/" + posting + "/applications", obj("applicant",
                obj("firstName", first, "lastName", last, "email", email, "birthDate", birth), "cvText", cv)).expect(201, 409);
    }

    static String ascii(String s) {
        return s.replace('ä', 'a').replace('ö', 'o').replace('å', 'a').replace('Ä', 'A').replace('Ö', 'O').replace('Å', 'A');
    }

    // ---- stakeholder register ----------------------------------------------------------------
    /**
     * Partner organisations, their contact persons (the demo data subject among them, on the
     * newsletter by consent), a few interactions and three mailing lists.
     */
    void stakeholder() {
        Api sirpa = client.as("sirpa.sidosryhma", "stakeholder");
        // The demo subject's stakeholder-newsletter consent is filed in consent-service under a subject
        // key; linking it lets a withdrawal there take them off the newsletter here.
        Reply states = client.as("sirpa.sidosryhma", "consent").post("consent state of the demo subject", "consents/state",
                obj("subject", obj("personalIdentityCode", DEMO_PIC, "email", DEMO_EMAIL)));
        String consentKey = null;
        if (states.is(200)) {
            for (JsonNode s : states.json()) {
                if ("stakeholder-newsletter".equals(s.path("purpose").asText())) {
                    consentKey = s.path("subjectKey").asText(null);
                }
            }
        }
        String builder = organisation(sirpa, "Rakennusliike Kallio & Väisänen Oy", "1234561-2", "CONTRACTOR");
        String manager = organisation(sirpa, "Savon Isännöintipalvelut Oy", "1618033-3", "PARTNER");
        String power = organisation(sirpa, "Järvi-Suomen Sähköpalvelu Oy", "1414213-0", "SUPPLIER");
        String tenants = organisation(sirpa, "Itä-Suomen Asukasyhdistys ry", "2718282-8", "ASSOCIATION");
        String media = organisation(sirpa, "Paikallislehti Savon Ääni Oy", "3141593-8", "MEDIA");
        String municipality = organisation(sirpa, "Kuopion seudun asuntotoimi (kuntayhtymä)", "2468025-8", "MUNICIPALITY");

        ObjectNode matti = contact(manager, "Matti", "Meikäläinen", "Hallituksen jäsen", DEMO_EMAIL, "+358401234567", "CONSENT", "fi");
        matti.put("birthDate", "1952-10-13");
        if (consentKey != null) {
            matti.put("consentSubjectKey", consentKey);
        }
        interaction(sirpa, person(sirpa, matti), "MEETING", 40, "Isännöintiyhteistyön vuosipalaveri");
        interaction(sirpa, person(sirpa, contact(builder, "Aino", "Kallio", "Työmaapäällikkö",
                "aino.kallio@kallio-vaisanen.example", "+358 40 765 4321", "CONTRACT", "fi")),
                "MEETING", 12, "Linnanpellon peruskorjauksen työmaakokous");
        interaction(sirpa, person(sirpa, contact(builder, "Jukka", "Väisänen", "Toimitusjohtaja",
                "jukka.vaisanen@kallio-vaisanen.example", "+358 50 111 2233", "CONTRACT", "fi")),
                "MESSAGE", 30, "Urakkatarjouksen täsmennys");
        person(sirpa, contact(manager, "Sanna", "Heikkinen", "Isännöitsijä", "sanna.heikkinen@savon-isannointi.example",
                "+358 44 222 3344", "CONSENT", "fi"));
        interaction(sirpa, person(sirpa, contact(power, "Pekka", "Räsänen", "Asiakkuuspäällikkö",
                "pekka.rasanen@jarvisuomen-sahko.example", "+358 40 333 4455", "CONTRACT", "fi")),
                "EVENT_INVITATION", 5, "Kutsu kevään sidosryhmätilaisuuteen");
        person(sirpa, contact(tenants, "Liisa", "Öhman", "Ordförande", "liisa.ohman@asukasyhdistys.example",
                "+358 45 444 5566", "CONSENT", "sv"));
        person(sirpa, contact(media, "Tuomas", "Mäkinen", "Toimittaja", "tuomas.makinen@savon-aani.example",
                "+358 50 555 6677", "CONSENT", "fi"));
        interaction(sirpa, person(sirpa, contact(municipality, "Eeva", "Kärkkäinen", "Asuntotoimen johtaja",
                "eeva.karkkainen@asuntotoimi.example", "+358 44 666 7788", "CONTRACT", "fi")),
                "MEETING", 60, "Vuokra-asuntojen tarvekartoitus 2027");

        String newsletter = mailingList(sirpa, "sidosryhmatiedote", "Sidosryhmätiedote", "stakeholder-newsletter",
                "Neljännesvuosittainen tiedote, tilataan suostumuksella");
        String events = mailingList(sirpa, "sidosryhmatilaisuudet", "Sidosryhmätilaisuuksien kutsut", "stakeholder-events",
                "Kutsut kumppaneiden tilaisuuksiin");
        String contractors = mailingList(sirpa, "urakoitsijatiedotteet", "Urakoitsijatiedotteet", "stakeholder-communication",
                "Sopimuskumppaneiden työmaa- ja turvallisuustiedotteet");
        for (String email : List.of(DEMO_EMAIL, "sanna.heikkinen@savon-isannointi.example", "liisa.ohman@asukasyhdistys.example",
                "tuomas.makinen@savon-aani.example")) {
            member(sirpa, newsletter, email);
        }
        for (String email : List.of(DEMO_EMAIL, "aino.kallio@kallio-vaisanen.example", "jukka.vaisanen@kallio-vaisanen.example",
                "pekka.rasanen@jarvisuomen-sahko.example", "eeva.karkkainen@asuntotoimi.example")) {
            member(sirpa, events, email);
        }
        for (String email : List.of("aino.kallio@kallio-vaisanen.example", "jukka.vaisanen@kallio-vaisanen.example",
                "pekka.rasanen@jarvisuomen-sahko.example")) {
            member(sirpa, contractors, email);
        }
    }

    private String organisation(Api api, String name, String businessId, String role) {
        String id = api.get("find organisation " + businessId, "organisations?businessId=" + SeedClient.enc(businessId))
                .expect(200).firstId();
        return id != null ? id : api.post("create organisation " + businessId, "organisations",
                obj("name", name, "businessId", businessId, "role", role)).expect(201).firstId();
    }

    private static ObjectNode contact(String organisation, String first, String last, String title, String email, String phone,
            String basis, String language) {
        return obj("organisationId", organisation, "firstName", first, "lastName", last, "title", title, "email", email,
                "phone", phone, "legalBasis", basis, "language", language);
    }

    /** The contact person's id when created now; null when already registered (the email is the natural key). */
    private String person(Api api, ObjectNode body) {
        Reply reply = api.post("create contact person", "contact-persons", body).expect(201, 409);
        return reply.is(201) ? reply.firstId() : null;
    }

    /** Interactions are recorded only for a person created now (they have no natural key). */
    private void interaction(Api api, String person, String type, int daysAgo, String summary) {
        if (person == null) {
            return;
        }
        String at = LocalDate.now(clock).minusDays(daysAgo) + "T10:00:00Z";
        api.post("record interaction", "contact-persons/" + person + "/interactions",
                obj("type", type, "occurredAt", at, "summary", summary)).expect(201);
    }

    private String mailingList(Api api, String code, String name, String purpose, String description) {
        Reply reply = api.post("create mailing list " + code, "mailing-lists",
                obj("code", code, "name", name, "purpose", purpose, "description", description)).expect(201, 409);
        if (reply.is(201)) {
            return reply.firstId();
        }
        for (JsonNode list : api.get("mailing lists", "mailing-lists").expect(200).json()) {
            if (code.equals(list.path("code").asText())) {
                return list.path("id").asText();
            }
        }
        throw new SeedFailure("mailing list " + code + " answered 409 but is not listed");
    }

    private void member(Api api, String list, String email) {
        String id = api.get("find contact person", "contact-persons?q=" + SeedClient.enc(email)).expect(200).firstId();
        if (id == null) {
            return; // restricted (hidden from lists) or not there
        }
        // 409: already a member, or suppressed after a withdrawal or objection — both fine on a re-run.
        api.post("add member to list", "mailing-lists/" + list + "/members", obj("contactPersonId", id)).expect(201, 409);
    }

    // ---- CCTV register -----------------------------------------------------------------------
    /**
     * A housing company's building and the customer service point with their cameras, three days
     * of 15-minute recording segments, an incident hold, a logged view, a police disclosure, and
     * footage requests — one by the demo data subject's email, released.
     */
    void cctv() {
        Api teemu = client.as("teemu.turva", "cctv");
        teemu.post("site", "sites", obj("code", "KOIVUKUJA-3", "name", "As Oy Kuopion Koivukuja 3",
                "address", "Koivukuja 3, 70100 Kuopio")).expect(200, 201, 409);
        teemu.post("site", "sites", obj("code", "ASIAKASPALVELU", "name", "Kuopas asiakaspalvelupiste",
                "address", "Kauppakatu 20, 70100 Kuopio")).expect(200, 201, 409);
        JsonNode sites = teemu.get("sites", "sites").expect(200).json();
        String koivu = byCode(sites, "KOIVUKUJA-3");
        String aspa = byCode(sites, "ASIAKASPALVELU");
        // Residential common areas need the housing company's decision and the residents' information.
        ObjectNode basis = obj("decisionReference", "As Oy Koivukuja 3, yhtiökokous 2026-05-12 § 9",
                "residentsInformedReference", "Asukastiedote 2026-06-01 ja portaiden ilmoitustaulut", "decidedOn", "2026-05-12");
        camera(teemu, koivu, "KOIVU-3-A-PORRAS", "STAIRWELL", "A-portaan sisäänkäynti", "Ulko-ovi ja tuulikaappi, ei asuntojen ovia",
                "crime-prevention", "A-portaan ulko-oven vieressä", false, 14, basis);
        camera(teemu, koivu, "KOIVU-3-PYORAKELLARI", "BICYCLE_STORAGE", "Pyöräkellari", "Pyörätelineet ja kellarin ovi",
                "crime-prevention", "Pyöräkellarin oven sisäpuolella", false, 14, basis);
        camera(teemu, koivu, "KOIVU-3-PIHA", "YARD", "Piha ja jätekatos", "Pihakäytävä, jätekatos ja pysäköintialueen sisäänajo",
                "property-safety", "Pihan portilla ja jätekatoksen seinässä", false, 21, basis);
        camera(teemu, aspa, "ASPA-ASIAKASTILA", "CUSTOMER_SERVICE_AREA", "Asiakaspalvelun odotustila",
                "Sisäänkäynti ja odotustila; ei työpisteiden näyttöjä", "property-safety", "Pääovella ja palvelutiskillä", true, 90, null);
        JsonNode cameras = teemu.get("cameras", "cameras").expect(200).json();

        // Three days of 15-minute segments per camera, aligned to the quarter hour: re-running adds
        // only the new ones (the natural key is camera + start).
        long start = (clock.instant().getEpochSecond() / 900 - 3 * 96) * 900;
        for (String code : List.of("KOIVU-3-A-PORRAS", "KOIVU-3-PYORAKELLARI", "KOIVU-3-PIHA", "ASPA-ASIAKASTILA")) {
            String id = byCode(cameras, code);
            ArrayNode rows = SeedClient.nodes().arrayNode();
            for (int i = 0; i < 3 * 96; i++) {
                String from = instant(start + i * 900L);
                rows.add(obj("cameraId", id, "from", from, "to", instant(start + (i + 1) * 900L),
                        "storageRef", "nvr-" + code + "/" + from.replace(":", "") + ".mkv"));
            }
            teemu.post("segments of " + code, "segments/batches", obj("segments", rows)).expect(200, 201, 409);
        }
        String yesterday = instant(start + 2 * 96 * 900L).substring(0, 10);
        String stair = byCode(cameras, "KOIVU-3-A-PORRAS");

        // The demo data subject asked for footage of themselves at the A stairwell yesterday afternoon.
        JsonNode request = teemu.post("footage request", "footage-requests", obj(
                "subject", obj("email", DEMO_EMAIL, "phone", "+358401234567"), "siteId", koivu,
                "from", yesterday + "T14:00:00Z", "to", yesterday + "T15:00:00Z",
                "placeDescription", "A-portaan ovella, harmaa takki ja rollaattori",
                "externalReference", "demo-footage-request-1")).expect(200, 201, 409).json();
        if ("OPEN".equals(request.path("status").asText())) {
            String id = request.path("id").asText();
            JsonNode shown = segmentAt(teemu, stair, yesterday + "T14:15:00Z", yesterday + "T14:30:00Z");
            teemu.post("review footage request", "footage-requests/" + id + "/review", obj("segmentIds", List.of(shown),
                    "note", "Hakija näkyy A-portaan kamerassa klo 16.20", "version", 0)).expect(200, 201, 409);
            teemu.post("release footage", "footage-requests/" + id + "/release", obj("othersMasked", true,
                    "maskingNote", "Kaksi muuta asukasta sumennettu", "delivery", "Salattu latauslinkki sähköpostiin",
                    "version", 1)).expect(200, 201, 409);
        }
        // Another resident's request still awaiting review.
        teemu.post("footage request", "footage-requests", obj("subject", obj("email", "aino.korhonen@example.fi"),
                "siteId", koivu, "from", yesterday + "T06:00:00Z", "to", yesterday + "T07:00:00Z",
                "placeDescription", "Pyöräkellarin ovi", "externalReference", "demo-footage-request-2")).expect(200, 201, 409);

        // Holds, views and disclosures have no natural key: record them on the first seeding only.
        once(".cctv-incident", () -> {
            String bikes = byCode(cameras, "KOIVU-3-PYORAKELLARI");
            teemu.post("legal hold", "legal-holds", obj("kind", "POLICE_REQUEST", "cameraIds", List.of(bikes),
                    "from", yesterday + "T00:00:00Z", "to", yesterday + "T04:00:00Z",
                    "reason", "Polkupyörävarkaus pyöräkellarista yöllä, rikosilmoitus tehty",
                    "owner", "Turvallisuuspäällikkö Teemu Turva", "until", LocalDate.now(clock).plusMonths(6).toString(),
                    "policeCaseNumber", "5500/R/12345/26")).expect(200, 201, 409);
            JsonNode theft = segmentAt(teemu, bikes, yesterday + "T02:00:00Z", yesterday + "T02:15:00Z");
            teemu.post("logged view", "segments/" + theft.asText() + "/views",
                    obj("reason", "Polkupyörävarkauden selvitys, rikosilmoitus 5500/R/12345/26")).expect(200, 201, 409);
            teemu.post("police disclosure", "disclosures", obj("recipientType", "POLICE", "recipient", "Itä-Suomen poliisilaitos",
                    "policeCaseNumber", "5500/R/12345/26", "basis", "Esitutkintalaki 805/2011 7:8; GDPR 6(1)(c)",
                    "reason", "Poliisin tietopyyntö", "segmentIds", List.of(theft))).expect(200, 201, 409);
        });
    }

    private void camera(Api api, String site, String code, String area, String location, String view, String purpose,
            String sign, boolean employees, int retentionDays, ObjectNode basis) {
        ObjectNode body = obj("siteId", site, "code", code, "areaType", area, "location", location, "fieldOfView", view,
                "purpose", purpose, "signLocation", sign, "dpiaReference", "DPIA-2026-07", "filmsEmployees", employees,
                "retentionDays", retentionDays);
        if (basis != null) {
            body.set("commonAreaBasis", basis);
        }
        api.post("camera " + code, "cameras", body).expect(200, 201, 409);
    }

    private static String byCode(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (code.equals(item.path("code").asText())) {
                return item.path("id").asText();
            }
        }
        throw new SeedFailure("no '" + code + "' in the list");
    }

    private static JsonNode segmentAt(Api api, String camera, String from, String to) {
        JsonNode segments = api.get("segment", "segments?cameraId=" + camera + "&from=" + from + "&to=" + to).expect(200).json();
        if (!segments.isArray() || segments.isEmpty()) {
            throw new SeedFailure("no segment of camera " + camera + " at " + from);
        }
        return segments.get(0).path("id");
    }

    private static String instant(long epochSecond) {
        return java.time.Instant.ofEpochSecond(epochSecond).toString();
    }

    // ---- consent-service ---------------------------------------------------------------------
    /**
     * The demo data subject consented to email marketing, withdrew SMS marketing and objected to
     * surveys; eight residents' email marketing consents; a website visitor's cookie choice.
     */
    void consent() {
        Api asta = client.as("asta.asiakaspalvelu", "consent");
        ObjectNode demo = obj("personalIdentityCode", DEMO_PIC, "email", DEMO_EMAIL);
        grant(asta, demo, "marketing-email", "demo-subject-marketing-email");
        grant(asta, demo, "marketing-sms", "demo-subject-marketing-sms");
        asta.post("withdrawal", "consents/withdrawals", obj("subject", demo, "purpose", "marketing-sms", "channel", "PHONE",
                "requestId", "demo-subject-sms-withdrawal")).expect(200, 201, 409);
        // Objections carry no request id: record the demo one only on the first seeding.
        once(".demo-objection", () -> asta.post("objection", "objections", obj("subject", demo, "scope", "LEGITIMATE_INTEREST",
                "purpose", "customer-surveys", "decision", "STOP", "grounds", "En halua osallistua kyselyihin."))
                .expect(200, 201, 409));
        for (int n = 1; n <= 8; n++) {
            grant(asta, obj("email", "asukas" + n + "@example.fi"), "marketing-email", "demo-resident-" + n + "-email");
        }
        grant(client.as("sirpa.sidosryhma", "consent"), demo, "stakeholder-newsletter", "demo-subject-newsletter");
        asta.post("cookie choice", "consents", obj("deviceId", "demo-device-0000000000000001", "purpose", "web-analytics-cookies",
                "noticeVersion", "2026-11-01", "language", "fi", "channel", "COOKIE_BANNER",
                "requestId", "demo-device-1-analytics")).expect(200, 201, 409);
    }

    private static void grant(Api api, ObjectNode subject, String purpose, String requestId) {
        api.post("grant " + purpose, "consents", obj("subject", subject, "purpose", purpose, "noticeVersion", "2026-11-01",
                "language", "fi", "channel", "WEB_FORM", "evidence", obj("formId", "asuntohaku-2026",
                        "userAgent", "Mozilla/5.0 (demo)", "ipAddress", "192.0.2.44"), "requestId", requestId))
                .expect(200, 201, 409);
    }

    // ---- helpers -----------------------------------------------------------------------------
    private void once(String marker, Runnable step) {
        Path file = state.resolve(marker);
        if (Files.exists(file)) {
            return;
        }
        step.run();
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new SeedFailure("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A JSON object from key, value pairs; values may be strings, numbers, booleans, nulls, lists or JSON nodes. */
    static ObjectNode obj(Object... keyValues) {
        ObjectNode node = SeedClient.nodes().objectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.set((String) keyValues[i], SeedClient.JSON.valueToTree(keyValues[i + 1]));
        }
        return node;
    }
}
