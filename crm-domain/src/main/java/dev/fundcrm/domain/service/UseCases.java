package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;

/**
 * Every use case, wired with plain {@code new} from the ports an application supplies: the one place that
 * knows how the services fit together, for the app and for services that embed the domain.
 */
public record UseCases(MailboxSync sync, ReviewQueue queue, ProposalReview review, ReplyDrafting drafting,
                       DigestComposer digests, DigestDelivery delivery, MessageThreads threads) {

    /**
     * The ports a fund's installation supplies. Either transport may be null (not configured), not both;
     * {@code sentMailCheck} is null when Gmail is not configured (see {@link DigestDelivery} for what that
     * changes).
     */
    public record Ports(Stores stores, MailboxSource source, Drafts drafts, OutboundMail preferredTransport,
                        OutboundMail fallbackTransport, DigestWriter digestWriter, SentMailCheck sentMailCheck) {

        /** Without a way to search the digest sender's mailbox. */
        public Ports(Stores stores, MailboxSource source, Drafts drafts, OutboundMail preferredTransport,
                     OutboundMail fallbackTransport, DigestWriter digestWriter) {
            this(stores, source, drafts, preferredTransport, fallbackTransport, digestWriter, null);
        }
    }

    public static UseCases wire(Ports ports, FundSettings settings, Clock clock) {
        return wire(ports, settings, clock, MailboxSync.DEFAULT_PAGE_SIZE);
    }

    /** As {@link #wire(Ports, FundSettings, Clock)}, listing mail in pages of {@code syncPageSize}. */
    public static UseCases wire(Ports ports, FundSettings settings, Clock clock, int syncPageSize) {
        Stores stores = ports.stores();
        MessageTriage triage = new MessageTriage(settings.fundDomains(), stores.contacts());
        DigestComposer digests = new DigestComposer(stores, settings, clock);
        TransportSelector transports = new TransportSelector(ports.preferredTransport(), ports.fallbackTransport());
        return new UseCases(
                new MailboxSync(ports.source(), stores, triage, clock, syncPageSize),
                new ReviewQueue(stores),
                new ProposalReview(stores, settings, clock),
                new ReplyDrafting(stores, ports.drafts(), clock),
                digests,
                new DigestDelivery(stores, digests, ports.digestWriter(), transports, ports.sentMailCheck(), settings,
                        clock),
                new MessageThreads(stores.messages()));
    }
}
