package fi.kuopas.gateway.domain;

/** How one identifier was proved to be the subject's. */
public enum ProofMethod {
    /** Strong electronic identification (Suomi.fi, bank ID): proves the identity code, name and birth date it returns. */
    STRONG_ELECTRONIC_IDENTIFICATION,
    /** An identity document shown in person: proves the identity code, name and birth date on it. */
    IDENTITY_DOCUMENT_IN_PERSON,
    /** A one-time code sent to the email address or phone and returned by the subject. */
    ONE_TIME_CODE,
    /** The identifier is the login of an authenticated customer channel the subject used. */
    AUTHENTICATED_CUSTOMER_CHANNEL,
    /** The DPO confirmed it with the subject by other means; the reference says how. */
    CONFIRMED_BY_DPO
}
