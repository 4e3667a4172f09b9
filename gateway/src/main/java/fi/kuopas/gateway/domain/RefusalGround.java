package fi.kuopas.gateway.domain;

/** Grounds on which a request may be refused. */
public enum RefusalGround {
    /** Art 12(5)(b): manifestly unfounded (e.g. no intention to exercise the right). */
    MANIFESTLY_UNFOUNDED,
    /** Art 12(5)(b): excessive, in particular because of its repetitive character. */
    EXCESSIVE,
    /** Art 11(2), 12(2), 12(6): the requester's identity could not be established. */
    IDENTITY_NOT_ESTABLISHED
}
