package dev.fundcrm.domain.model;

/** PENDING -> APPROVED | REJECTED; an approval can be undone back to PENDING. */
public enum ProposalState {
    PENDING, APPROVED, REJECTED
}
