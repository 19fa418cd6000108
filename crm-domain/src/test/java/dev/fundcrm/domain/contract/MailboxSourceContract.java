package dev.fundcrm.domain.contract;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailboxSource} promises: every message listed once across pages of at most the page size,
 * a checkpoint that resumes after what was listed, headers without body or attachments, a full read with them,
 * and {@link FetchedMessage.Vanished} for a message deleted after listing; a search that finds an address or a
 * domain in From, To or Cc (a source may find more, never less: triage decides), in pages with its own cursor. The order within a listing is the
 * source's own, so it is not checked. Subclasses seed the mailbox, e.g. a fake Gmail server behind a Gmail
 * adapter.
 */
public abstract class MailboxSourceContract {

    protected static final String ANNA = "anna@fund.example";
    protected static final String BEN = "ben@fund.example";
    private static final int MAX_PAGES = 100;
    private static final EmailAddress OLGA = EmailAddress.of("olga@vc.example");

    /** A source whose mailbox holds these messages (FULL detail, refs in that mailbox), added in list order. */
    protected abstract MailboxSource sourceWith(Mailbox mailbox, List<ParsedMessage> messages);

    /** A new message arrives, in its ref's mailbox, at the source made last. */
    protected abstract void deliver(ParsedMessage message);

    /** A message is deleted from its ref's mailbox at the source made last. */
    protected abstract void delete(MessageRef ref);

    @Test
    void listsEveryMessageOnceInPagesOfAtMostThePageSize() {
        List<ParsedMessage> messages = messages(ANNA, "m", 7);
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);

        List<ChangePage> pages = walk(source, Mailbox.of(ANNA), Checkpoint.START, 3);

        assertThat(pages).allSatisfy(page -> assertThat(page.refs()).hasSizeLessThanOrEqualTo(3));
        assertThat(pages.stream().flatMap(page -> page.refs().stream()))
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(ParsedMessage::ref).toList());
    }

    @Test
    void anEmptyMailboxListsNothing() {
        MailboxSource source = sourceWith(Mailbox.of(ANNA), List.of());

        ChangePage page = source.changes(Mailbox.of(ANNA), Checkpoint.START, 10);

        assertThat(page.refs()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aCheckpointResumesAfterWhatWasListed() {
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages(ANNA, "m", 4));
        List<ChangePage> pages = walk(source, Mailbox.of(ANNA), Checkpoint.START, 3);
        Checkpoint reached = pages.get(pages.size() - 1).next();
        ParsedMessage arrived = message(ANNA, "new1");

        deliver(arrived);
        List<ChangePage> resumed = walk(source, Mailbox.of(ANNA), reached, 3);

        assertThat(resumed.stream().flatMap(page -> page.refs().stream())).containsExactly(arrived.ref());
        Checkpoint latest = resumed.get(resumed.size() - 1).next();
        assertThat(walk(source, Mailbox.of(ANNA), latest, 3)).allSatisfy(page -> assertThat(page.refs()).isEmpty());
    }

    @Test
    void listingTheSameCheckpointAgainGivesTheSameMessages() {
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages(ANNA, "m", 5));
        ChangePage first = source.changes(Mailbox.of(ANNA), Checkpoint.START, 2);

        assertThat(source.changes(Mailbox.of(ANNA), Checkpoint.START, 2).refs()).isEqualTo(first.refs());
        assertThat(source.changes(Mailbox.of(ANNA), first.next(), 2).refs())
                .isEqualTo(source.changes(Mailbox.of(ANNA), first.next(), 2).refs())
                .doesNotContainAnyElementsOf(first.refs());
    }

    @Test
    void readsHeadersOnlyOneResultPerRefInTheOrderGiven() {
        List<ParsedMessage> messages = messages(ANNA, "m", 2);
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);
        listAll(source, Mailbox.of(ANNA));

        List<FetchedMessage> fetched = source.fetchHeaders(Mailbox.of(ANNA),
                List.of(messages.get(1).ref(), messages.get(0).ref()));

        assertThat(fetched).satisfiesExactly(
                second -> assertHeadersOnly(second, messages.get(1)),
                first -> assertHeadersOnly(first, messages.get(0)));
    }

    @Test
    void readsInFullWithTextAndAttachmentMetadata() {
        ParsedMessage original = message(ANNA, "m1");
        MailboxSource source = sourceWith(Mailbox.of(ANNA), List.of(original));
        listAll(source, Mailbox.of(ANNA));

        FetchedMessage fetched = source.fetchFull(original.ref());

        assertThat(fetched).isInstanceOf(FetchedMessage.Parsed.class);
        ParsedMessage read = ((FetchedMessage.Parsed) fetched).message();
        assertThat(read.detail()).isEqualTo(ParsedMessage.Detail.FULL);
        assertThat(read.textExcerpt().strip()).isEqualTo(original.textExcerpt());
        assertThat(read.attachments()).extracting(MailboxSourceContract::nameAndType)
                .containsExactlyElementsOf(original.attachments().stream().map(MailboxSourceContract::nameAndType)
                        .toList());
        assertSameHeaders(read, original);
    }

    @Test
    void aMessageDeletedAfterListingVanishes() {
        List<ParsedMessage> messages = messages(ANNA, "m", 2);
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);
        listAll(source, Mailbox.of(ANNA));

        delete(messages.get(1).ref());

        assertThat(source.fetchHeaders(Mailbox.of(ANNA), List.of(messages.get(0).ref(), messages.get(1).ref())))
                .satisfiesExactly(
                        kept -> assertThat(kept).isInstanceOf(FetchedMessage.Parsed.class),
                        gone -> assertThat(gone).isEqualTo(new FetchedMessage.Vanished(messages.get(1).ref())));
        assertThat(source.fetchFull(messages.get(1).ref()))
                .isEqualTo(new FetchedMessage.Vanished(messages.get(1).ref()));
    }

    @Test
    void eachMailboxListsOnlyItsOwnMessages() {
        List<ParsedMessage> annas = messages(ANNA, "a", 2);
        MailboxSource source = sourceWith(Mailbox.of(ANNA), annas);
        ParsedMessage bens = message(BEN, "b1");
        deliver(bens);

        assertThat(listAll(source, Mailbox.of(BEN))).containsExactly(bens.ref());
        assertThat(listAll(source, Mailbox.of(ANNA)))
                .containsExactlyInAnyOrderElementsOf(annas.stream().map(ParsedMessage::ref).toList());
    }

    @Test
    void aSearchFindsAnAddressInFromToOrCc() {
        List<ParsedMessage> messages = olgasMail();
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);

        List<MessageRef> found = searchAll(source, Mailbox.of(ANNA), MailSearch.forAddresses(List.of(OLGA)), 50);

        assertThat(found).containsExactlyInAnyOrder(messages.get(0).ref(), messages.get(1).ref(),
                messages.get(2).ref());
    }

    @Test
    void aSearchFindsADomainInFromToOrCc() {
        List<ParsedMessage> messages = olgasMail();
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);

        List<MessageRef> found = searchAll(source, Mailbox.of(ANNA), MailSearch.forDomains(List.of("vc.example")), 50);

        assertThat(found).containsExactlyInAnyOrder(messages.get(0).ref(), messages.get(1).ref(),
                messages.get(2).ref(), messages.get(4).ref());
    }

    @Test
    void aSearchPagesWithItsOwnCursorAndFindsEachMessageOnce() {
        List<ParsedMessage> messages = new ArrayList<>(olgasMail());
        IntStream.rangeClosed(1, 4).forEach(i -> messages.add(full(ref(ANNA, "o" + i)).from(new Participant(OLGA, ""))
                .build()));
        MailboxSource source = sourceWith(Mailbox.of(ANNA), messages);

        List<ChangePage> pages = searchPages(source, Mailbox.of(ANNA), MailSearch.forAddresses(List.of(OLGA)), 2);

        assertThat(pages).allSatisfy(page -> assertThat(page.refs()).hasSizeLessThanOrEqualTo(2));
        assertThat(pages.stream().flatMap(page -> page.refs().stream())).doesNotHaveDuplicates().hasSize(7);
        assertThat(listAll(source, Mailbox.of(ANNA))).as("the sync's listing is untouched").hasSize(9);
    }

    @Test
    void aSearchFindsOnlyTheMailboxsOwnMessages() {
        MailboxSource source = sourceWith(Mailbox.of(ANNA), olgasMail());
        ParsedMessage bens = full(ref(BEN, "b1")).from(new Participant(OLGA, "")).build();
        deliver(bens);

        assertThat(searchAll(source, Mailbox.of(BEN), MailSearch.forAddresses(List.of(OLGA)), 50))
                .containsExactly(bens.ref());
    }

    /** From Olga, to her, cc her, neither, and from a colleague at her domain: in that order. */
    private static List<ParsedMessage> olgasMail() {
        Participant anna = Participant.of(ANNA);
        Participant olga = new Participant(OLGA, "Olga");
        return List.of(
                full(ref(ANNA, "s1")).from(olga).build(),
                full(ref(ANNA, "s2")).to(anna, olga).build(),
                full(ref(ANNA, "s3")).cc(olga).build(),
                full(ref(ANNA, "s4")).build(),
                full(ref(ANNA, "s5")).from(Participant.of("ivan@vc.example")).build());
    }

    private static List<MessageRef> searchAll(MailboxSource source, Mailbox mailbox, MailSearch search, int pageSize) {
        return searchPages(source, mailbox, search, pageSize).stream().flatMap(page -> page.refs().stream()).toList();
    }

    private static List<ChangePage> searchPages(MailboxSource source, Mailbox mailbox, MailSearch search,
                                                int pageSize) {
        List<ChangePage> pages = new ArrayList<>();
        Checkpoint cursor = Checkpoint.START;
        ChangePage page;
        do {
            page = source.search(mailbox, search, cursor, pageSize);
            pages.add(page);
            cursor = page.next();
        } while (page.hasMore() && pages.size() < MAX_PAGES);
        assertThat(page.hasMore()).as("the search ends within %d pages", MAX_PAGES).isFalse();
        return pages;
    }

    private static void assertHeadersOnly(FetchedMessage fetched, ParsedMessage original) {
        assertThat(fetched).isInstanceOf(FetchedMessage.Parsed.class);
        ParsedMessage read = ((FetchedMessage.Parsed) fetched).message();
        assertThat(read.detail()).isEqualTo(ParsedMessage.Detail.HEADERS);
        assertThat(read.textExcerpt()).isEmpty();
        assertThat(read.attachments()).isEmpty();
        assertSameHeaders(read, original);
    }

    private static void assertSameHeaders(ParsedMessage read, ParsedMessage original) {
        assertThat(read.ref()).isEqualTo(original.ref());
        assertThat(read.messageIdHeader()).isEqualTo(original.messageIdHeader());
        assertThat(read.from()).isEqualTo(original.from());
        assertThat(read.to()).isEqualTo(original.to());
        assertThat(read.subject()).isEqualTo(original.subject());
        assertThat(read.sentAt()).isEqualTo(original.sentAt());
    }

    /** What every source can tell of an attachment; sizes differ by how a source counts them. */
    private static String nameAndType(AttachmentMeta attachment) {
        return attachment.filename() + " (" + attachment.mimeType() + ")";
    }

    private static List<ParsedMessage> messages(String mailbox, String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> message(mailbox, prefix + i)).toList();
    }

    private static List<MessageRef> listAll(MailboxSource source, Mailbox mailbox) {
        return walk(source, mailbox, Checkpoint.START, 50).stream().flatMap(page -> page.refs().stream()).toList();
    }

    /** Every page from the checkpoint until one says no more follow. */
    private static List<ChangePage> walk(MailboxSource source, Mailbox mailbox, Checkpoint from, int pageSize) {
        List<ChangePage> pages = new ArrayList<>();
        Checkpoint checkpoint = from;
        ChangePage page;
        do {
            page = source.changes(mailbox, checkpoint, pageSize);
            pages.add(page);
            checkpoint = page.next();
        } while (page.hasMore() && pages.size() < MAX_PAGES);
        assertThat(page.hasMore()).as("the listing ends within %d pages", MAX_PAGES).isFalse();
        return pages;
    }
}
