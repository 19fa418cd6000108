package dev.fundcrm.domain.model;

/** The header a participant stood in. */
public enum ParticipantRole {
    FROM, TO, CC, BCC, REPLY_TO
}
