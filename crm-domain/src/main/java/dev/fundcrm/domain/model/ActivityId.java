package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.UUID;

public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of the activity an approved proposal writes: one proposal, one activity. */
    public static ActivityId of(ProposalId proposal) {
        return new ActivityId(Uuids.derived("activity\n" + proposal.value()));
    }

    public static ActivityId parse(String text) {
        return new ActivityId(Uuids.parse("activity id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
