package fi.kuopas.stakeholder.domain;

/** The legal basis of a mailing list, which follows from its purpose in the register description. */
public enum MailingBasis {
    CONSENT, CONTRACT, LEGITIMATE_INTEREST
}
