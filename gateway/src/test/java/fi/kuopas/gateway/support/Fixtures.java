package fi.kuopas.gateway.support;

/** What the simulated registers answer: the shapes of privacy-kit's SPI records. */
public final class Fixtures {

    /** Text a register returns that must come out escaped in every HTML page. */
    public static final String HOSTILE = "<script>alert('x')</script>";

    private Fixtures() {
    }

    static String access(String register) {
        return """
                {"register": "%s", "subjectFound": true, "producedAt": "2026-05-04T10:00:00Z",
                 "categories": [
                   {"name": "Asuntohakemus", "purpose": "Vuokra-asunnon hakeminen", "legalBasis": "GDPR Art 6(1)(b)",
                    "sources": ["rekisteröity itse"], "recipients": [], "retention": "hakemus 3 kk + 3 kk",
                    "portable": true,
                    "records": [{"name": "Matti Meikäläinen", "note": "%s", "rooms": 2}]},
                   {"name": "Luottotiedot", "purpose": "Vuokrasopimus", "legalBasis": "GDPR Art 6(1)(f)",
                    "sources": ["Suomen Asiakastieto Oy, 2026-03-02"], "recipients": [], "retention": "2 vuotta",
                    "portable": false, "records": [{"summary": "ei maksuhäiriöitä"}]}],
                 "accessLog": [{"at": "2026-04-01T09:00:00Z", "actorRoles": "customer-service", "action": "VIEW",
                                "recordType": "person", "purpose": "asiakaspalvelu"}]}
                """.formatted(register, HOSTILE.replace("'", "\\u0027"));
    }

    static String erasure(String register, boolean dryRun) {
        return """
                {"register": "%s", "dryRun": %s,
                 "erased": [{"category": "Asuntohakemus", "count": 2}],
                 "kept": [{"category": "Vuokrareskontra", "count": 1, "reason": "kirjanpitoaineisto",
                           "legalReference": "Accounting Act 1336/1997 ch. 2 §10", "until": "2036-12-31"}],
                 "recipientsToNotify": ["Perintätoimisto Oy"]}
                """.formatted(register, dryRun);
    }

    static String outcome(String register, String op) {
        return """
                {"register": "%s", "subjectFound": true, "applied": ["%s applied"], "refused": [],
                 "recipientsToNotify": ["Isännöintitoimisto Oy"]}
                """.formatted(register, op);
    }

    public static String description(String register, String name) {
        return """
                {"register": "%s", "language": "fi", "version": "2026-11-01", "name": "%s",
                 "controller": {"name": "Kuopas Oy", "businessId": "1234567-1", "address": "Esimerkkikatu 1, 70100 Kuopio",
                                "email": "tietosuoja@kuopas.fi", "phone": "+358 17 123 4567"},
                 "contactPerson": "Tiina Tietosuoja", "dpoContact": "tietosuoja@kuopas.fi",
                 "subjectCategories": ["asiakkaat"],
                 "purposes": [{"code": "lease", "text": "Vuokrasuhteen hoitaminen %s", "legalBasis": "6(1)(b)",
                               "legitimateInterest": null, "requirement": "sopimukseen perustuva"}],
                 "dataCategories": [{"name": "Yhteystiedot", "fields": ["nimi", "sähköposti"], "specialCategory": false,
                                     "sources": ["rekisteröity"]}],
                 "sources": [{"name": "rekisteröity", "publiclyAccessible": false}],
                 "recipients": [{"name": "Perintätoimisto Esimerkki Oy", "role": "processor", "country": "Finland",
                                 "purpose": "perintä"}],
                 "transfers": [{"recipient": "Collection agent Ltd", "country": "United Kingdom",
                                "mechanism": "Commission adequacy decision (Art 45)",
                                "safeguardReference": "Implementing Decision (EU) 2021/1772", "transferImpactAssessment": null}],
                 "retention": [{"category": "Yhteystiedot", "period": "3 vuotta", "trigger": "vuokrasuhteen päättyminen",
                                "legalReference": null}],
                 "automatedDecisionMaking": "Ei automaattista päätöksentekoa.", "securitySummary": "Pääsynhallinta",
                 "rights": "Oikeudet", "complaintAuthority": "Tietosuojavaltuutettu"}
                """.formatted(register, name, HOSTILE.replace("'", "\\u0027"));
    }

    /**
     * The newest page of a register's retention-run log (privacy-kit RetentionRunResource): customer has run, with a
     * field the gateway does not know and a {@code held} count on one item only; personnel has not run yet.
     */
    static String latestRetentionRun(String register) {
        if (!"customer".equals(register)) {
            return "[]";
        }
        return """
                [{"id": "3f1c2a9e-8d0b-4c51-9a43-0c5e1b7d2f60", "startedAt": "2026-11-27T01:30:00Z",
                  "finishedAt": "2026-11-27T01:30:02.5Z", "dryRun": false, "triggeredBy": "system", "futureField": {"x": 1},
                  "items": [{"rule": "housing-applications", "legalReference": "GDPR Art 5(1)(e)", "affected": 12, "held": 1,
                             "unknownCount": 7},
                            {"rule": "credit-information", "legalReference": "Credit Information Act 527/2007", "affected": 3}]}]
                """;
    }
}
