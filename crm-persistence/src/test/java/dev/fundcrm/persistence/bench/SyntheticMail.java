package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.CaptureBatch;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Sync pages as {@code MailboxSync} would write them for a fund's mail. Copy {@code n} is the n-th message a
 * mailbox listed; page {@code p} holds copies {@code [p * pageSize, (p + 1) * pageSize)} of mailbox
 * {@code p % mailboxes}. About 1 copy in 10 is a second copy of a recent message another mailbox already
 * listed (same Message-ID, its own Gmail id). About 1 message in 10 matches one contact (4 in 5) or a new person
 * at an organization's domain (1 in 5) and is captured in full, with 2-5 participants, a ~500-character excerpt
 * and, 1 time in 3, an attachment; its second copies come without content, as capture reads a message once. The
 * rest are kept as sightings only. Every value derives from the seed and the copy's number, so a page is the same
 * whenever it is made. Immutable.
 */
final class SyntheticMail {

    static final double PROPOSAL_SHARE = 0.10;
    static final double SECOND_COPY_SHARE = 0.10;
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 3 * 365 * 86_400L;

    private final SyntheticFund fund;
    private final SyntheticPeople people;
    private final long seed;
    private final int pageSize;
    private final MessageText text;

    SyntheticMail(SyntheticFund fund, long seed, int pageSize) {
        this.fund = fund;
        this.people = new SyntheticPeople(fund);
        this.seed = seed;
        this.pageSize = pageSize;
        this.text = new MessageText(seed);
    }

    int pageSize() {
        return pageSize;
    }

    /** The pages holding copies [0, copies). */
    List<CaptureBatch> pages(int copies) {
        List<CaptureBatch> pages = new ArrayList<>();
        for (int page = 0; page < copies / pageSize; page++) {
            pages.add(page(page));
        }
        return pages;
    }

    CaptureBatch page(long page) {
        Mailbox mailbox = mailboxOf(page * pageSize);
        List<CaptureBatch.Sighting> skipped = new ArrayList<>();
        List<CaptureBatch.Captured> captured = new ArrayList<>();
        for (long copy = page * pageSize; copy < (page + 1) * pageSize; copy++) {
            long origin = origin(copy);
            MessageRef ref = new MessageRef(mailbox, new GmailMessageId(hex(mix(seed + 3, copy))),
                    new GmailThreadId(threadOf(origin)));
            Message message = message(origin);
            if (message.proposal == null) {
                skipped.add(new CaptureBatch.Sighting(message.key, ref, message.disposition));
            } else {
                captured.add(new CaptureBatch.Captured(message.key, ref, origin == copy ? message.content : null,
                        List.of(message.proposal)));
            }
        }
        return new CaptureBatch(skipped, captured, List.of());
    }

    /** The copy whose message this copy is a second copy of, or the copy itself. */
    private long origin(long copy) {
        SplittableRandom random = new SplittableRandom(mix(seed + 1, copy));
        if (copy == 0 || random.nextDouble() >= SECOND_COPY_SHARE) {
            return copy;
        }
        long candidate = copy - 1 - random.nextInt((int) Math.min(copy, 5_000));
        boolean candidateIsSecond = candidate > 0
                && new SplittableRandom(mix(seed + 1, candidate)).nextDouble() < SECOND_COPY_SHARE;
        return candidateIsSecond || mailboxOf(candidate).equals(mailboxOf(copy)) ? copy : candidate;
    }

    private Message message(long origin) {
        SplittableRandom random = new SplittableRandom(mix(seed, origin));
        boolean relevant = random.nextDouble() < PROPOSAL_SHARE;
        Instant sent = START.plusSeconds(random.nextLong(SPAN_SECONDS));
        boolean inbound = random.nextDouble() < 0.6;
        boolean hasMessageId = random.nextDouble() >= 0.02;
        String messageId = hasMessageId ? "<" + hex(mix(seed + 4, origin)) + "." + origin + "@mail.gmail.example>" : "";
        Mailbox home = mailboxOf(origin);
        if (!relevant) {
            Disposition disposition = disposition(random.nextDouble());
            MessageKey key = hasMessageId ? MessageKey.of(new MessageId(messageId))
                    : content(origin, random, home, inbound, messageId, sent, SyntheticPeople.someone(random)).key();
            return new Message(key, disposition, null, null);
        }
        Match match = people.match(random, inbound ? ParticipantRole.FROM : ParticipantRole.TO);
        ParsedMessage content = content(origin, random, home, inbound, messageId, sent, match.participant());
        Proposal proposal = Proposal.pending(content.key(), match, sent, sent.plusSeconds(3_600));
        return new Message(content.key(), Disposition.CAPTURED, content, proposal);
    }

    private ParsedMessage content(long origin, SplittableRandom random, Mailbox home, boolean inbound,
                                  String messageId, Instant sent, Participant counterpart) {
        Participant owner = new Participant(home.address(), "");
        int others = random.nextInt(4);
        int toCount = random.nextInt(others + 1);
        List<Participant> to = new ArrayList<>(List.of(inbound ? owner : counterpart));
        List<Participant> cc = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            (i < toCount ? to : cc).add(SyntheticPeople.someone(random));
        }
        boolean reply = random.nextBoolean();
        return ParsedMessage.builder(new MessageRef(home, new GmailMessageId(hex(mix(seed + 3, origin))),
                        new GmailThreadId(threadOf(origin))))
                .detail(ParsedMessage.Detail.FULL)
                .messageId(messageId)
                .from(inbound ? counterpart : owner)
                .to(to)
                .cc(cc)
                .subject((reply ? "Re: " : "") + text.subject(random) + " #" + origin)
                .sentAt(sent)
                .textExcerpt(text.excerpt(random))
                .attachments(random.nextInt(3) == 0 ? List.of(text.attachment(random, origin)) : List.of())
                .labels(inbound ? Set.of("INBOX", "IMPORTANT") : Set.of("SENT"))
                .inReplyTo(reply ? "<" + hex(mix(seed + 4, origin - 1)) + "@mail.gmail.example>" : "")
                .references(reply ? text.references(random, origin) : "")
                .headers(random.nextInt(10) == 0 ? Map.of("List-Unsubscribe", "<mailto:u@lp.example>")
                        : Map.of())
                .build();
    }

    private static Disposition disposition(double draw) {
        return draw < 0.65 ? Disposition.UNMATCHED : draw < 0.85 ? Disposition.SKIPPED_INTERNAL
                : draw < 0.98 ? Disposition.SKIPPED_AUTOMATED : Disposition.SKIPPED_BLOCKLISTED;
    }

    private Mailbox mailboxOf(long copy) {
        return fund.mailbox((int) ((copy / pageSize) % fund.mailboxes().size()));
    }

    private String threadOf(long origin) {
        return hex(mix(seed + 2, origin / 4));
    }

    static String hex(long value) {
        return String.format("%016x", value);
    }

    /** SplitMix64's finalizer over seed and value: a bijection of value for a given seed. */
    static long mix(long seed, long value) {
        long z = seed * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private record Message(MessageKey key, Disposition disposition, ParsedMessage content, Proposal proposal) {
    }
}
