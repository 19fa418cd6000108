package dev.fundcrm.domain.model;

import java.util.Objects;

/** The evidence for a proposal: which participant, in which header, matched what by which rule. */
public record Match(ProposalTarget target, Participant participant, ParticipantRole role, MatchRule rule) {

    public Match {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rule, "rule");
        if ((rule == MatchRule.ORGANIZATION_DOMAIN) != (target instanceof ProposalTarget.NewPerson)) {
            throw new IllegalArgumentException("rule " + rule + " does not fit target " + target.key());
        }
    }
}
