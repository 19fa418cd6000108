package dev.fundcrm.domain.model;

/** Whether a message came to the fund or went out from it. */
public enum Direction {
    INBOUND, OUTBOUND
}
