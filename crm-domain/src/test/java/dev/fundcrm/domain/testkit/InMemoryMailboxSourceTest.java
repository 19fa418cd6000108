package dev.fundcrm.domain.testkit;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.contract.MailboxSourceContract;
import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake source runs the contract, and its test controls do what they say. */
final class InMemoryMailboxSourceTest extends MailboxSourceContract {

    private static final Mailbox MAILBOX = Mailbox.of(ANNA);

    private final InMemoryMailboxSource source = new InMemoryMailboxSource();

    @Override
    protected MailboxSource sourceWith(Mailbox mailbox, List<ParsedMessage> messages) {
        messages.forEach(source::add);
        return source;
    }

    @Override
    protected void deliver(ParsedMessage message) {
        source.add(message);
    }

    @Override
    protected void delete(MessageRef ref) {
        source.remove(ref);
    }

    @Test
    void aCheckpointCountsTheMessagesListedAndTheEstimateIsTheMailboxSize() {
        source.add(message(ANNA, "m1"));
        source.add(message(ANNA, "m2"));
        source.add(message(ANNA, "m3"));

        ChangePage first = source.changes(MAILBOX, Checkpoint.START, 2);

        assertThat(first.refs()).containsExactly(ref(ANNA, "m1"), ref(ANNA, "m2"));
        assertThat(first.next()).isEqualTo(new Checkpoint("2"));
        assertThat(first.hasMore()).isTrue();
        assertThat(first.estimatedTotal()).isEqualTo(3);
        assertThat(source.changes(MAILBOX, first.next(), 2).refs()).containsExactly(ref(ANNA, "m3"));
    }

    @Test
    void anUnparseableMessageReadsAsUnparseableAtEitherLevel() {
        MessageRef broken = ref(ANNA, "bad1");
        source.addUnparseable(broken, "no From header", "Subject: hi");
        FetchedMessage.Unparseable expected = new FetchedMessage.Unparseable(broken, "no From header", "Subject: hi");

        assertThat(source.fetchHeaders(MAILBOX, List.of(broken))).containsExactly(expected);
        assertThat(source.fetchFull(broken)).isEqualTo(expected);
    }

    @Test
    void expiredCheckpointsFailOnceThenTheMailboxListsAgain() {
        source.add(message(ANNA, "m1"));
        Checkpoint reached = source.changes(MAILBOX, Checkpoint.START, 10).next();

        source.expireCheckpoints();

        assertThat(source.changes(MAILBOX, Checkpoint.START, 10).refs()).hasSize(1);
        assertThatThrownBy(() -> source.changes(MAILBOX, reached, 10))
                .isInstanceOfSatisfying(CaptureException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaptureException.Kind.HISTORY_EXPIRED));
        assertThat(source.changes(MAILBOX, reached, 10).refs()).isEmpty();
    }

    @Test
    void aFailingMailboxThrowsUntilTheFailureIsCleared() {
        source.add(message(ANNA, "m1"));
        CaptureException denied = new CaptureException(CaptureException.Kind.PERMISSION, "delegation missing");

        source.failWith(MAILBOX, denied);
        assertThatThrownBy(() -> source.changes(MAILBOX, Checkpoint.START, 10)).isSameAs(denied);
        assertThatThrownBy(() -> source.changes(MAILBOX, Checkpoint.START, 10)).isSameAs(denied);
        assertThat(source.changes(Mailbox.of(BEN), Checkpoint.START, 10).refs()).isEmpty();

        source.clearFailure(MAILBOX);
        assertThat(source.changes(MAILBOX, Checkpoint.START, 10).refs()).hasSize(1);
    }

    @Test
    void countsWhatWasReadAtEachLevel() {
        source.add(message(ANNA, "m1"));
        source.add(message(ANNA, "m2"));

        source.fetchHeaders(MAILBOX, List.of(ref(ANNA, "m1"), ref(ANNA, "m2")));
        source.fetchFull(ref(ANNA, "m2"));

        assertThat(source.headerFetches()).isEqualTo(2);
        assertThat(source.fullFetches()).isEqualTo(1);
        assertThat(source.fullyFetched()).containsExactly(ref(ANNA, "m2"));
    }

    @Test
    void refusesMisuseThatWouldHideATestMistake() {
        source.add(message(ANNA, "m1"));

        assertThatThrownBy(() -> source.add(message(ANNA, "m1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.add(message(ANNA, "m2").headersOnly()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.remove(ref(ANNA, "m9"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.changes(MAILBOX, new Checkpoint("7"), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentsShowEveryListedMessageAsReadInFullWithoutCountingAsAReading() {
        ParsedMessage kept = message(ANNA, "m1");
        ParsedMessage removed = message(ANNA, "m2");
        source.add(kept);
        source.add(removed);
        source.addUnparseable(ref(ANNA, "bad1"), "no boundary", "");
        source.remove(removed.ref());

        assertThat(source.contents()).containsExactly(new FetchedMessage.Parsed(kept),
                new FetchedMessage.Vanished(removed.ref()),
                new FetchedMessage.Unparseable(ref(ANNA, "bad1"), "no boundary", ""));
        assertThat(source.fullFetches()).isZero();
        assertThat(source.headerFetches()).isZero();
    }
}
