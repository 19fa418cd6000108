package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.ActivityId;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Direction;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.BulkApprove;
import dev.fundcrm.domain.port.in.ReassignProposal;
import dev.fundcrm.domain.port.in.RejectProposal;
import dev.fundcrm.domain.port.in.ResolveNewPerson;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.in.UndoApproval;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The review use cases: the only code that writes activities. Every decision is a compare-and-set on the
 * proposal's version inside a transaction with its activity and audit event, so of many concurrent
 * decisions on one proposal exactly one applies and the rest are conflicts that wrote nothing. Thread-safe.
 */
public final class ProposalReview
        implements ApproveProposal, BulkApprove, UndoApproval, RejectProposal, ReassignProposal, ResolveNewPerson {

    private final Stores stores;
    private final FundSettings settings;
    private final Clock clock;

    public ProposalReview(Stores stores, FundSettings settings, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ReviewOutcome approve(ApproveProposal.Command command) {
        return whenIn(ProposalState.PENDING, command.proposal(), proposal -> {
            if (!(proposal.target() instanceof ProposalTarget.KnownContact contact)) {
                return new ReviewOutcome.Conflict(proposal,
                        "the proposal names a new person: create a contact or add an alias first");
            }
            Visibility visibility = command.visibilityOrNull() == null
                    ? settings.defaultVisibility() : command.visibilityOrNull();
            Instant now = clock.instant();
            Proposal approved = proposal.approve(command.reviewer(), now, visibility);
            Optional<ParsedMessage> message = stores.messages().find(proposal.messageKey())
                    .map(StoredMessage::content);
            return commit(proposal, approved, () -> {
                stores.activities().add(activityFor(approved, contact.contactId(), message, visibility, now));
                audit(command.reviewer(), "proposal.approved", approved.id(), "visibility " + visibility);
            });
        });
    }

    @Override
    public List<ReviewOutcome> approveAll(BulkApprove.Command command) {
        return command.proposals().stream()
                .map(id -> approve(new ApproveProposal.Command(id, command.reviewer(), command.visibilityOrNull())))
                .toList();
    }

    @Override
    public ReviewOutcome undo(UndoApproval.Command command) {
        return whenIn(ProposalState.APPROVED, command.proposal(), proposal ->
                commit(proposal, proposal.undoApproval(command.reviewer(), clock.instant()), () -> {
                    stores.activities().removeForProposal(proposal.id());
                    audit(command.reviewer(), "proposal.approval-undone", proposal.id(), "");
                }));
    }

    @Override
    public ReviewOutcome reject(RejectProposal.Command command) {
        return whenIn(ProposalState.PENDING, command.proposal(), proposal -> {
            Proposal rejected = proposal.reject(command.reviewer(), clock.instant(), command.reason());
            return commit(proposal, rejected, () -> {
                audit(command.reviewer(), "proposal.rejected", proposal.id(), command.reason());
                blockEntry(command.block(), proposal.match().participant().address()).ifPresent(entry -> {
                    stores.blocklist().add(entry);
                    audit(command.reviewer(), "blocklist.added", entry.key(), "from proposal " + proposal.id());
                });
            });
        });
    }

    @Override
    public ReviewOutcome reassign(ReassignProposal.Command command) {
        if (stores.contacts().find(command.contact()).isEmpty()) {
            throw new IllegalArgumentException("no contact " + command.contact());
        }
        return whenIn(ProposalState.PENDING, command.proposal(), proposal ->
                moveTo(proposal, command.contact(), MatchRule.REVIEWER, command.reviewer()));
    }

    @Override
    public ReviewOutcome resolve(ResolveNewPerson.Command command) {
        return whenIn(ProposalState.PENDING, command.proposal(), proposal -> {
            if (!(proposal.target() instanceof ProposalTarget.NewPerson person)) {
                return new ReviewOutcome.Conflict(proposal, "the proposal already names a contact");
            }
            EmailAddress reviewer = command.reviewer();
            ResolveNewPerson.Choice choice = command.choice();
            if (choice instanceof ResolveNewPerson.Choice.Ignore) {
                return reject(new RejectProposal.Command(proposal.id(), reviewer, "ignored: not a contact",
                        RejectProposal.Block.NOTHING));
            }
            try {
                return stores.transactions().inTransaction(() -> {
                    ReviewOutcome outcome = resolveAs(proposal, person, choice, reviewer);
                    if (!(outcome instanceof ReviewOutcome.Applied)) {
                        throw new RolledBack(outcome);
                    }
                    return outcome;
                });
            } catch (RolledBack rolledBack) {
                return rolledBack.outcome;
            }
        });
    }

    /** Runs the decision on the proposal if it exists and is in the required state. */
    private ReviewOutcome whenIn(ProposalState required, ProposalId id, Function<Proposal, ReviewOutcome> decision) {
        Optional<Proposal> found = stores.proposals().find(id);
        if (found.isEmpty()) {
            return new ReviewOutcome.NotFound(id);
        }
        Proposal proposal = found.get();
        if (proposal.state() != required) {
            return new ReviewOutcome.Conflict(proposal, "the proposal is " + proposal.state() + ", not " + required);
        }
        return decision.apply(proposal);
    }

    /**
     * Stores the next state of the proposal if nobody changed it since it was read, and then what goes with
     * it, in one transaction; a lost race writes nothing.
     */
    private ReviewOutcome commit(Proposal current, Proposal next, Runnable alongside) {
        return stores.transactions().inTransaction(() -> {
            if (!stores.proposals().update(next)) {
                return lostRace(current.id());
            }
            alongside.run();
            return new ReviewOutcome.Applied(next);
        });
    }

    /** Creates the contact or alias and moves the proposal to it; rolled back whole if the move fails. */
    private ReviewOutcome resolveAs(Proposal proposal, ProposalTarget.NewPerson person,
                                    ResolveNewPerson.Choice choice, EmailAddress reviewer) {
        if (choice instanceof ResolveNewPerson.Choice.AliasOf alias) {
            stores.contacts().addAlias(alias.contact(), person.address());
            audit(reviewer, "contact.alias-added", alias.contact().toString(), person.address().canonical());
            return moveTo(proposal, alias.contact(), MatchRule.ALIAS, reviewer);
        }
        String name = ((ResolveNewPerson.Choice.CreateContact) choice).name();
        if (name == null || name.isBlank()) {
            name = proposal.match().participant().displayName();
        }
        Contact contact = new Contact(ContactId.random(), name, List.of(person.address()), List.of(),
                person.organizationId());
        stores.contacts().add(contact);
        audit(reviewer, "contact.created", contact.id().toString(), person.address().canonical());
        return moveTo(proposal, contact.id(), MatchRule.EXACT_ADDRESS, reviewer);
    }

    private ReviewOutcome moveTo(Proposal proposal, ContactId contact, MatchRule rule, EmailAddress reviewer) {
        if (proposal.target().equals(new ProposalTarget.KnownContact(contact))) {
            return new ReviewOutcome.Conflict(proposal, "the proposal already names that contact");
        }
        Proposal moved = proposal.reassignedTo(contact, rule);
        Proposal retired = proposal.reject(reviewer, clock.instant(), "reassigned to contact " + contact);
        ReviewOutcome outcome = commit(proposal, retired, () -> {
            stores.proposals().addIfAbsent(moved);
            audit(reviewer, "proposal.reassigned", proposal.id(), "to contact " + contact + " as " + moved.id());
        });
        return outcome instanceof ReviewOutcome.Applied
                ? new ReviewOutcome.Applied(stores.proposals().find(moved.id()).orElse(moved))
                : outcome;
    }

    /** Carries a non-applied outcome out of a transaction, so that what it wrote is rolled back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReviewOutcome outcome;

        RolledBack(ReviewOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private ReviewOutcome lostRace(ProposalId id) {
        Proposal current = stores.proposals().find(id)
                .orElseThrow(() -> new IllegalStateException("proposal " + id + " vanished during review"));
        return new ReviewOutcome.Conflict(current, "another reviewer changed the proposal first; it is now "
                + current.state());
    }

    private Activity activityFor(Proposal approved, ContactId contact, Optional<ParsedMessage> message,
                                 Visibility visibility, Instant now) {
        Direction direction = message
                .filter(m -> m.from().stream().anyMatch(p -> settings.fundDomains().isInternal(p.address())))
                .map(m -> Direction.OUTBOUND)
                .orElse(Direction.INBOUND);
        return new Activity(ActivityId.of(approved.id()), approved.id(), contact, approved.messageKey(),
                approved.occurredAt(), direction, visibility,
                message.map(ParsedMessage::subject).orElse(""),
                message.map(ParsedMessage::textExcerpt).orElse(""),
                approved.decisionOrNull().reviewer(), now);
    }

    private static Optional<BlockEntry> blockEntry(RejectProposal.Block block, EmailAddress address) {
        return switch (block) {
            case NOTHING -> Optional.empty();
            case ADDRESS -> Optional.of(new BlockEntry.Address(address));
            case DOMAIN -> Optional.of(new BlockEntry.Domain(address.domain()));
        };
    }

    private void audit(EmailAddress actor, String action, Object subject, String detail) {
        stores.auditLog().record(new AuditEvent(clock.instant(), actor.canonical(), action, subject.toString(),
                detail));
    }
}
