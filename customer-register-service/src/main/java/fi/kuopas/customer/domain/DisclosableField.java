package fi.kuopas.customer.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of a person that can be disclosed. A disclosure is judged by the fields it contains,
 * never by the wording of its description: the address and contact fields of a person with a
 * protected address (turvakielto, Population Information Act 661/2009 §36) go to an authority with
 * a legal reference only.
 */
public enum DisclosableField {
    NAME, IDENTITY_CODE, BIRTH_DATE, STREET_ADDRESS, POSTAL_CODE, CITY, EMAIL, PHONE, LANGUAGE, LEASE, APARTMENT,
    RENT_DEBT, APPLICATION, FAULT_DESCRIPTION, ENTRY_PERMISSION;

    /** Fields that locate or reach the person: protected with the address. */
    public static final Set<DisclosableField> ADDRESS_AND_CONTACT = EnumSet.of(STREET_ADDRESS, POSTAL_CODE, CITY, EMAIL, PHONE);

    private static final Set<DisclosableField> ADDRESS = EnumSet.of(STREET_ADDRESS, POSTAL_CODE, CITY);

    public boolean isAddressOrContact() {
        return ADDRESS_AND_CONTACT.contains(this);
    }

    /**
     * The fields a free-text category of the old request shape stands for, or null when the text
     * names no known field. Generous on purpose: "contact details" are every address and contact field.
     */
    public static Set<DisclosableField> ofCategory(String category) {
        String c = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        for (DisclosableField f : values()) {
            if (c.equals(f.name().toLowerCase(Locale.ROOT)) || c.equals(f.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return EnumSet.of(f);
            }
        }
        Set<DisclosableField> fields = EnumSet.noneOf(DisclosableField.class);
        if (containsAny(c, "contact", "yhteystie", "kontakt")) {
            fields.addAll(ADDRESS_AND_CONTACT);
        }
        if (containsAny(c, "address", "osoite", "adress", "city", "kunta", "municipal", "postal", "posti", "residence", "asuinpaikka")) {
            fields.addAll(ADDRESS);
        }
        if (containsAny(c, "email", "e-mail", "sähköposti", "e-post")) {
            fields.add(EMAIL);
        }
        if (containsAny(c, "phone", "puhelin", "telefon")) {
            fields.add(PHONE);
        }
        if (containsAny(c, "identity code", "henkilötunnus", "personbeteckning", "personal identity")) {
            fields.add(IDENTITY_CODE);
        }
        if (containsAny(c, "name", "nimi", "namn")) {
            fields.add(NAME);
        }
        if (containsAny(c, "birth", "syntymä", "födelse")) {
            fields.add(BIRTH_DATE);
        }
        if (containsAny(c, "lease", "vuokrasopimus", "hyresavtal", "tenancy")) {
            fields.add(LEASE);
        }
        if (containsAny(c, "apartment", "asunto", "bostad")) {
            fields.add(APARTMENT);
        }
        if (containsAny(c, "debt", "velka", "skuld", "receivable", "saatava")) {
            fields.add(RENT_DEBT);
        }
        if (containsAny(c, "application", "hakemus", "ansökan")) {
            fields.add(APPLICATION);
        }
        if (containsAny(c, "fault", "vika", "fel")) {
            fields.add(FAULT_DESCRIPTION);
        }
        if (containsAny(c, "entry", "kulkulupa", "avainlupa")) {
            fields.add(ENTRY_PERMISSION);
        }
        if (containsAny(c, "language", "kieli", "språk")) {
            fields.add(LANGUAGE);
        }
        return fields.isEmpty() ? null : fields;
    }

    private static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
