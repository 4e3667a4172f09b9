package fi.kuopas.gateway.domain;

/** How the subject's identity was verified. Copies of ID documents are never kept (DOMAIN.md §2). */
public enum VerificationMethod {
    /** Suomi.fi or bank identification: the preferred method. */
    STRONG_ELECTRONIC_IDENTIFICATION,
    /** An identity document shown in person; only the fact and a reference are recorded. */
    IDENTITY_DOCUMENT_IN_PERSON,
    /** The request came through an authenticated customer channel (e.g. the resident portal). */
    AUTHENTICATED_CUSTOMER_CHANNEL,
    /** Verification requested, answer awaited. */
    PENDING,
    NONE;

    public boolean verified() {
        return this != PENDING && this != NONE;
    }
}
