package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import java.util.List;
import java.util.Objects;

/** A contact's record: what was approved onto it, newest first, and the proposals still waiting for review. */
public interface ShowTimeline {

    /** The contact, its approved activities newest first, and its open proposals oldest first. */
    record Timeline(Contact contact, List<Activity> activities, List<PendingProposal> openProposals) {
        public Timeline {
            Objects.requireNonNull(contact, "contact");
            activities = List.copyOf(activities);
            openProposals = List.copyOf(openProposals);
        }
    }

    /**
     * At most {@code limit} of each list.
     *
     * @throws dev.fundcrm.domain.model.UnknownRecordException if there is no such contact
     */
    Timeline timeline(ContactId contact, int limit);
}
