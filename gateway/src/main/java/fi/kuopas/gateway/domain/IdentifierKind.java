package fi.kuopas.gateway.domain;

import fi.kuopas.privacy.dsr.SubjectMatcher;

/** The kinds of identifier a subject can give; each becomes one subject key. */
public enum IdentifierKind {
    PERSONAL_IDENTITY_CODE, EMAIL, PHONE, NAME_AND_BIRTH_DATE;

    public static IdentifierKind ofKey(String subjectKey) {
        return valueOf(SubjectMatcher.identifierKind(subjectKey));
    }
}
