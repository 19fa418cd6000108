package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import java.util.Optional;

/** One proposal, in any state, with the same evidence the review queue shows. Read-only. */
public interface ShowProposal {

    /** The proposal with its contact or organization, message and mailboxes; empty when there is no such proposal. */
    Optional<PendingProposal> show(ProposalId id);
}
