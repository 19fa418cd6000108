package dev.fundcrm.domain.model;

/** How much of a message an approved activity shows on the contact record. */
public enum Visibility {
    /** Date, direction and participants only. */
    METADATA_ONLY,
    /** Also the subject. */
    SUBJECT,
    /** Also the text excerpt. */
    FULL_EXCERPT
}
