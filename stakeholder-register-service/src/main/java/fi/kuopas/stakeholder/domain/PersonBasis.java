package fi.kuopas.stakeholder.domain;

/**
 * Legal basis on which one contact person's data is kept (seed: contract or consent, recorded
 * per person). CONTRACT: the person represents a contracting organisation (Art 6(1)(b), with
 * 6(1)(f) where the contract is the organisation's); CONSENT: the person agreed (Art 6(1)(a)).
 */
public enum PersonBasis {
    CONTRACT, CONSENT
}
