package dev.fundcrm.domain.model;

/** What an API user may do: a member reviews proposals and drafts replies; an admin also runs the fund's setup. */
public enum Role { ADMIN, MEMBER }
