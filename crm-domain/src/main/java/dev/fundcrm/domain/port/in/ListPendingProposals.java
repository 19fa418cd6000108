package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The review queue: pending proposals oldest first, each with its evidence. Read-only. */
public interface ListPendingProposals {

    Page<PendingProposal> list(PendingQuery query);

    /**
     * A proposal with what a reviewer needs to decide: the matched contact or organization (null when it was
     * deleted meanwhile), the message as captured, and every team mailbox that saw it.
     */
    record PendingProposal(Proposal proposal, Contact contactOrNull, Organization organizationOrNull,
                           ParsedMessage message, List<Mailbox> seenIn) {
        public PendingProposal {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(message, "message");
            seenIn = List.copyOf(seenIn);
        }

        public Optional<Contact> contact() {
            return Optional.ofNullable(contactOrNull);
        }

        public Optional<Organization> organization() {
            return Optional.ofNullable(organizationOrNull);
        }
    }
}
