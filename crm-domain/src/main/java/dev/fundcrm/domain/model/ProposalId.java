package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.UUID;

public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of the one proposal that links a message to a target: the same on every run and instance. */
    public static ProposalId of(MessageKey message, ProposalTarget target) {
        return new ProposalId(Uuids.derived("proposal\n" + message.value() + "\n" + target.key()));
    }

    public static ProposalId parse(String text) {
        return new ProposalId(Uuids.parse("proposal id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
