package fi.kuopas.gateway.domain;

/** How the subject's identity was verified. Copies of ID documents are never kept (docs/domain-rules.md). */
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

    /**
     * The identifiers this method proves. Strong identification and an identity document prove the
     * identity code and the name and birth date that come with it; an authenticated customer channel
     * proves its login email. Nothing else is proved by the case-level method: an email or phone
     * needs its own recorded confirmation (a one-time code, or the DPO's check with a reference).
     */
    public java.util.Set<IdentifierKind> proves() {
        return switch (this) {
            case STRONG_ELECTRONIC_IDENTIFICATION, IDENTITY_DOCUMENT_IN_PERSON ->
                    java.util.EnumSet.of(IdentifierKind.PERSONAL_IDENTITY_CODE, IdentifierKind.NAME_AND_BIRTH_DATE);
            case AUTHENTICATED_CUSTOMER_CHANNEL -> java.util.EnumSet.of(IdentifierKind.EMAIL);
            default -> java.util.EnumSet.noneOf(IdentifierKind.class);
        };
    }

    /** The same method as a proof of one identifier. */
    public ProofMethod asProof() {
        return switch (this) {
            case STRONG_ELECTRONIC_IDENTIFICATION -> ProofMethod.STRONG_ELECTRONIC_IDENTIFICATION;
            case IDENTITY_DOCUMENT_IN_PERSON -> ProofMethod.IDENTITY_DOCUMENT_IN_PERSON;
            case AUTHENTICATED_CUSTOMER_CHANNEL -> ProofMethod.AUTHENTICATED_CUSTOMER_CHANNEL;
            default -> null;
        };
    }

    public boolean verified() {
        return this != PENDING && this != NONE;
    }
}
