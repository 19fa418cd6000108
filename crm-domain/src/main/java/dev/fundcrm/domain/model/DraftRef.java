package dev.fundcrm.domain.model;

/** The id Gmail gave a draft, and the thread it sits in. */
public record DraftRef(String draftId, GmailThreadId threadId) {

    public DraftRef {
        Identifiers.requireToken("draft id", draftId);
    }
}
