package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Direction;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Instant;

/**
 * Puts records into a set of stores in the order foreign keys need them (organization, contact, captured
 * message, then proposal and activity), and returns what it stored. Holds no state of its own, so it is as
 * thread-safe as the stores it fills.
 */
public final class StoreFixtures {

    private final Stores stores;

    public StoreFixtures(Stores stores) {
        this.stores = stores;
    }

    public Organization organization(String name, String... domains) {
        Organization organization = Organization.of(name, domains);
        stores.contacts().addOrganization(organization);
        return organization;
    }

    public Contact contact(String name, String address) {
        return contact(Contact.of(name, address));
    }

    public Contact contact(Contact contact) {
        stores.contacts().add(contact);
        return contact;
    }

    public Contact contactAt(Organization organization, String name, String address) {
        return contact(Contact.of(name, address).inOrganization(organization.id()));
    }

    /** Stores the message's content and records its sighting as CAPTURED, as capture does for a match. */
    public ParsedMessage captured(ParsedMessage message) {
        stores.messages().storeContent(message.key(), message);
        stores.messages().recordSighting(message.key(), message.ref(), Disposition.CAPTURED);
        return message;
    }

    /** A pending proposal putting a captured message on a contact, made when the message was sent. */
    public Proposal proposal(ParsedMessage captured, Contact contact) {
        return proposal(captured, contact, captured.sentAt().orElseThrow());
    }

    public Proposal proposal(ParsedMessage captured, Contact contact, Instant createdAt) {
        Participant participant = new Participant(contact.addresses().get(0), contact.name());
        return add(captured, new Match(new ProposalTarget.KnownContact(contact.id()), participant,
                ParticipantRole.FROM, MatchRule.EXACT_ADDRESS), createdAt);
    }

    /** A pending proposal for a person at an organization's domain who is not a contact. */
    public Proposal newPersonProposal(ParsedMessage captured, Organization organization, String address) {
        EmailAddress person = EmailAddress.of(address);
        return add(captured, new Match(new ProposalTarget.NewPerson(organization.id(), person),
                new Participant(person, ""), ParticipantRole.FROM, MatchRule.ORGANIZATION_DOMAIN),
                captured.sentAt().orElseThrow());
    }

    /** The activity approving a proposal for a known contact would write (not stored). */
    public static Activity activityFor(Proposal proposal, Instant approvedAt) {
        ContactId contact = ((ProposalTarget.KnownContact) proposal.target()).contactId();
        return new Activity(ActivityId.of(proposal.id()), proposal.id(), contact, proposal.messageKey(),
                proposal.occurredAt(), Direction.INBOUND, Visibility.SUBJECT, "subject", "",
                EmailAddress.of("reviewer@fund.example"), approvedAt);
    }

    private Proposal add(ParsedMessage captured, Match match, Instant createdAt) {
        Proposal proposal = Proposal.pending(captured.key(), match, captured.sentAt().orElseThrow(), createdAt);
        if (!stores.proposals().addIfAbsent(proposal)) {
            throw new IllegalStateException("proposal " + proposal.id() + " was already stored");
        }
        return proposal;
    }
}
