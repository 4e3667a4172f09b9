package fi.kuopas.stakeholder.domain;

import java.util.Arrays;
import java.util.Optional;

/** The register description's purposes a mailing list can serve, with the basis each one has. */
public enum MailingPurpose {
    NEWSLETTER("stakeholder-newsletter", MailingBasis.CONSENT),
    EVENTS("stakeholder-events", MailingBasis.LEGITIMATE_INTEREST),
    COMMUNICATION("stakeholder-communication", MailingBasis.CONTRACT);

    public final String code;
    public final MailingBasis basis;

    MailingPurpose(String code, MailingBasis basis) {
        this.code = code;
        this.basis = basis;
    }

    public static Optional<MailingPurpose> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static boolean isOurs(String code) {
        return ofCode(code).isPresent();
    }
}
