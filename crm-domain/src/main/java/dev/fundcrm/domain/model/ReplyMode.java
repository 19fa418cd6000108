package dev.fundcrm.domain.model;

/** Reply to the sender (Reply-To, else From), or to the sender and every To and Cc recipient. */
public enum ReplyMode {
    REPLY, REPLY_ALL
}
