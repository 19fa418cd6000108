package dev.fundcrm.domain.model;

/** Why a participant matched, strongest first. */
public enum MatchRule {
    /** The participant's address is one of the contact's addresses (ignoring case). */
    EXACT_ADDRESS,
    /** It is one of the contact's addresses after dropping a plus tag or gmail.com dots. */
    NORMALIZED_ADDRESS,
    /** It is an alias learnt in review. */
    ALIAS,
    /** Its domain belongs to a known organization; the person is not (yet) a contact. */
    ORGANIZATION_DOMAIN,
    /** A reviewer pointed the message at this contact by hand (reassignment). */
    REVIEWER
}
