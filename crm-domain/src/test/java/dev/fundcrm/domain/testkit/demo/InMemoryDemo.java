package dev.fundcrm.domain.testkit.demo;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The whole loop on the demo fund, in memory, printed: sync two team mailboxes, review the queue, approve,
 * draft a reply-all, send the digest. What the README's first command runs until the server lands.
 */
public final class InMemoryDemo {

    private final PrintStream out;

    private InMemoryDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new InMemoryDemo(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
    }

    private void run() {
        Stores stores = InMemoryStores.create();
        DemoFund.seed(stores);
        InMemoryMailboxSource source = new InMemoryMailboxSource();
        DemoMailboxes.load(source);
        RecordingDrafts drafts = new RecordingDrafts();
        RecordingOutboundMail transport = new RecordingOutboundMail("smtp");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));
        UseCases fund = UseCases.wire(new UseCases.Ports(stores, source, drafts, null, transport,
                new TemplateDigestWriter()), DemoFund.settings(), clock);

        out.println("fundcrm in-memory demo: Northwind Ventures, two team mailboxes\n");
        for (MailboxAccount account : stores.mailboxes().all()) {
            printSync(account.mailbox(), fund.sync().sync(account.mailbox()));
        }
        out.printf("%nBodies downloaded: %d of %d messages (only mail that yields a proposal)%n",
                source.fullFetches(), source.headerFetches());

        Page<PendingProposal> queue = fund.queue().list(PendingQuery.firstPage(100));
        out.printf("%nReview queue: %d pending proposals, oldest first%n", queue.items().size());
        for (PendingProposal pending : queue.items()) {
            out.printf("  %-38s %-32s %-19s seen in %s%n", pending.message().subject(), target(pending),
                    pending.proposal().match().rule(),
                    pending.seenIn().stream().map(Mailbox::toString).collect(Collectors.joining(", ")));
        }

        out.println("\nAlice approves the first three (approving one twice changes nothing):");
        EmailAddress alice = EmailAddress.of(DemoFund.ALICE);
        queue.items().stream()
                .filter(p -> p.proposal().target() instanceof ProposalTarget.KnownContact)
                .limit(3)
                .forEach(p -> {
                    ReviewOutcome first = fund.review().approve(new ApproveProposal.Command(p.proposal().id(), alice, null));
                    ReviewOutcome again = fund.review().approve(new ApproveProposal.Command(p.proposal().id(), alice, null));
                    out.printf("  %-38s -> %s, again -> %s%n", p.message().subject(),
                            first.getClass().getSimpleName(), again.getClass().getSimpleName());
                });

        PendingProposal toAnswer = queue.items().stream()
                .filter(p -> p.message().subject().equals(DemoMailboxes.JANE_SHARED))
                .findFirst().orElseThrow();
        DraftRef draftRef = fund.drafting().create(new CreateReplyDraft.Command(toAnswer.proposal().messageKey(),
                Mailbox.of(DemoFund.BOB), ReplyMode.REPLY_ALL, "Thanks Jane, see our comments.",
                EmailAddress.of(DemoFund.BOB)));
        ReplyDraft draft = drafts.created().get(0);
        out.printf("%nReply-all draft %s in Bob's Gmail, thread %s (a human reviews and sends it):%n",
                draftRef.draftId(), draft.threadId());
        out.printf("  To: %s%n  Cc: %s%n  Subject: %s%n  In-Reply-To: %s%n", draft.to(), draft.cc(),
                draft.subject(), draft.inReplyTo());

        clock.set(Instant.parse("2026-11-25T07:30:00Z"));
        SendDailyDigest.Outcome outcome = fund.delivery().send(LocalDate.parse("2026-11-25"));
        InternalMail digest = transport.sent().get(0);
        out.printf("%nDaily digest %s to %s:%n  Subject: %s%n%s", outcome, digest.to(), digest.subject(),
                digest.text().indent(2));
        out.printf("Sending again the same day: %s%n", fund.delivery().send(LocalDate.parse("2026-11-25")));
    }

    private void printSync(Mailbox mailbox, SyncOutcome outcome) {
        if (!(outcome instanceof SyncOutcome.Completed completed)) {
            out.printf("  %s: %s%n", mailbox, outcome);
            return;
        }
        SyncReport r = completed.report();
        out.printf("  synced %-22s %2d listed: %2d captured, %d internal, %d automated, %d blocklisted, "
                        + "%d unmatched, %d quarantined -> %d proposals%n", mailbox, r.listed(), r.captured(),
                r.skippedInternal(), r.skippedAutomated(), r.skippedBlocklisted(), r.unmatched(), r.quarantined(),
                r.proposalsCreated());
    }

    private static String target(PendingProposal pending) {
        if (pending.contactOrNull() != null) {
            return pending.contactOrNull().displayName();
        }
        ProposalTarget.NewPerson person = (ProposalTarget.NewPerson) pending.proposal().target();
        String org = pending.organizationOrNull() == null ? "?" : pending.organizationOrNull().name();
        return "new: " + person.address() + " @ " + org;
    }
}
