package dev.fundcrm.gmail.takeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.CaptureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxMailboxSourceTest {

    private static final Mailbox ANNA = Mailbox.of("anna@fund.example");
    private static final String TAKEOUT_MESSAGE = "From 1853466712473707184@xxx Mon Jan 05 09:00:00 +0000 2026\n"
            + "X-GM-THRID: 1853466712473707184\nX-Gmail-Labels: Inbox,Important,Category Promotions,\"Deals, 2026\",Opened\n"
            + "From: Lena <lena@lp.example>\nTo: anna@fund.example\nSubject: from the export\n"
            + "Message-ID: <t1@lp.example>\n\nbody\n\n";

    @TempDir
    Path folder;

    private Path mbox(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private static List<MessageRef> listAll(MboxMailboxSource source, int pageSize) {
        List<MessageRef> refs = new ArrayList<>();
        Checkpoint checkpoint = Checkpoint.START;
        ChangePage page;
        do {
            page = source.changes(ANNA, checkpoint, pageSize);
            refs.addAll(page.refs());
            checkpoint = page.next();
        } while (page.hasMore());
        return refs;
    }

    private static ParsedMessage parsed(FetchedMessage fetched) {
        assertThat(fetched).isInstanceOf(FetchedMessage.Parsed.class);
        return ((FetchedMessage.Parsed) fetched).message();
    }

    @Test
    void takeoutIdsAreTheGmailApisHexIdsAndItsLabelsTheApisLabelIds() throws IOException {
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, mbox("takeout.mbox", TAKEOUT_MESSAGE));

        MessageRef ref = listAll(source, 10).get(0);
        ParsedMessage message = parsed(source.fetchHeaders(ANNA, List.of(ref)).get(0));

        assertThat(ref).isEqualTo(MessageRef.of("anna@fund.example", "19b8d627a801a2b0", "19b8d627a801a2b0"));
        assertThat(message.labels()).containsExactlyInAnyOrder("INBOX", "IMPORTANT", "CATEGORY_PROMOTIONS",
                "Deals, 2026", "Opened");
        assertThat(message.sentAt()).contains(Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void importingTheSameExportTwiceGivesTheSameIdsWithOrWithoutGmailsIds() throws IOException {
        String withoutIds = "From someone Mon Jan  5 09:00:00 2026\nFrom: a@lp.example\nSubject: one\n"
                + "References: <root@lp.example> <r2@lp.example>\n\nfirst\n\n"
                + "From someone Mon Jan  5 09:01:00 2026\nFrom: b@lp.example\nSubject: two\n\nsecond\n\n";
        String content = TAKEOUT_MESSAGE + withoutIds;

        List<MessageRef> first = listAll(MboxMailboxSource.of(ANNA, mbox("first.mbox", content)), 2);
        List<MessageRef> again = listAll(MboxMailboxSource.of(ANNA, mbox("again.mbox", content)), 3);

        assertThat(again).isEqualTo(first).hasSize(3).doesNotHaveDuplicates();
        assertThat(first.get(1).messageId().value()).startsWith("mbox-");
        assertThat(first.get(1).threadId().value()).startsWith("mbox-t-");
    }

    @Test
    void appendedMessagesAreListedAfterTheCheckpointAndEarlierIdsStay() throws IOException {
        Path file = mbox("grows.mbox", TAKEOUT_MESSAGE);
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, file);
        ChangePage first = source.changes(ANNA, Checkpoint.START, 10);

        Files.writeString(file, "From x Mon Jan  5 10:00:00 2026\nFrom: c@lp.example\nSubject: later\n\nnew\n\n",
                StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);

        assertThat(source.changes(ANNA, first.next(), 10).refs()).hasSize(1).doesNotContainAnyElementsOf(first.refs());
        assertThat(source.changes(ANNA, Checkpoint.START, 10).refs()).startsWith(first.refs().get(0));
    }

    @Test
    void anUnparseableMessageIsQuarantinedWithItsFirstHeaderLinesAndTheImportGoesOn() throws IOException {
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, mbox("mixed.mbox", TAKEOUT_MESSAGE
                + "From 1853466712473707185@xxx Mon Jan 05 09:00:00 +0000 2026\nX-Junk: \u00ff\u00fe\nSubject: no sender\n\n"
                + "\u0000\u0001binary\n\n" + TAKEOUT_MESSAGE.replace("1853466712473707184@xxx", "1853466712473707186@xxx")));

        List<MessageRef> refs = listAll(source, 10);
        List<FetchedMessage> fetched = source.fetchHeaders(ANNA, refs);

        assertThat(refs).hasSize(3);
        assertThat(fetched.get(1)).isEqualTo(new FetchedMessage.Unparseable(refs.get(1),
                "neither a sender address nor a Message-ID could be read", "X-Junk: \u00ff\u00fe\nSubject: no sender\n"));
        assertThat(fetched.get(0)).isInstanceOf(FetchedMessage.Parsed.class);
        assertThat(fetched.get(2)).isInstanceOf(FetchedMessage.Parsed.class);
    }

    @Test
    void aCheckpointIntoAReplacedExportHasExpiredAndAForeignOneIsRefused() throws IOException {
        Path file = mbox("replaced.mbox", TAKEOUT_MESSAGE + TAKEOUT_MESSAGE.replace("84@xxx", "85@xxx"));
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, file);
        Checkpoint reached = source.changes(ANNA, Checkpoint.START, 1).next();

        Files.writeString(file, "From y Mon Jan  5 10:00:00 2026\nFrom: c@lp.example\nSubject: a new export\n\n"
                + "with other offsets\n\n", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> source.changes(ANNA, reached, 1)).isInstanceOfSatisfying(CaptureException.class,
                e -> assertThat(e.kind()).isEqualTo(CaptureException.Kind.HISTORY_EXPIRED));
        assertThatThrownBy(() -> source.changes(ANNA, new Checkpoint("42"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingExportNeedsAnAdminAndAnUnknownMailboxIsAMistake() {
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, folder.resolve("not-there.mbox"));

        assertThatThrownBy(() -> source.changes(ANNA, Checkpoint.START, 10)).isInstanceOfSatisfying(
                CaptureException.class, e -> assertThat(e.kind()).isEqualTo(CaptureException.Kind.PERMISSION));
        assertThatThrownBy(() -> source.changes(Mailbox.of("ben@fund.example"), Checkpoint.START, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFiftyMegabyteExportIsListedAndReadPageByPage() throws IOException {
        Path file = folder.resolve("large.mbox");
        int written = MboxReaderTest.writeLargeMbox(file, 50L * 1024 * 1024);
        MboxMailboxSource source = MboxMailboxSource.of(ANNA, file);

        long started = System.nanoTime();
        List<MessageRef> refs = new ArrayList<>();
        Checkpoint checkpoint = Checkpoint.START;
        ChangePage page;
        do {
            page = source.changes(ANNA, checkpoint, 100);
            assertThat(source.fetchHeaders(ANNA, page.refs())).allMatch(FetchedMessage.Parsed.class::isInstance);
            refs.addAll(page.refs());
            checkpoint = page.next();
        } while (page.hasMore());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("listed and read the headers of %,d messages (%,d bytes) in %.2f s: %.0f MB/s%n",
                refs.size(), Files.size(file), seconds, Files.size(file) / 1e6 / seconds);

        assertThat(refs).hasSize(written).doesNotHaveDuplicates();
        assertThat(parsed(source.fetchFull(refs.get(refs.size() - 1))).textExcerpt()).isEqualTo("From the desk of Lena");
    }
}
