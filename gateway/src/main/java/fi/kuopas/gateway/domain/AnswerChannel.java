package fi.kuopas.gateway.domain;

/** How the answer reached the subject. */
public enum AnswerChannel { EMAIL, SECURE_MESSAGE, LETTER, IN_PERSON, CUSTOMER_PORTAL }
