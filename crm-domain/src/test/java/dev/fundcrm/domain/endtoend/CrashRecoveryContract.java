package dev.fundcrm.domain.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.CaptureSnapshot;
import dev.fundcrm.domain.testkit.Crashes;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sync that dies between a page's {@code Captures.store} and its checkpoint loses nothing and duplicates
 * nothing: the next sync lists the page again, skips what the dead one stored, and the stores end exactly as
 * after a sync that never crashed. The demo mailboxes in pages of 5 ({@link DemoSync}). Runs on any
 * {@link Stores}: in memory here, on H2 and PostgreSQL in crm-persistence, where a test also kills a real
 * process at that point.
 */
public abstract class CrashRecoveryContract {

    private static final Mailbox ALICE = Mailbox.of(DemoFund.ALICE);
    private static final Mailbox BOB = Mailbox.of(DemoFund.BOB);

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @Test
    void aCrashAfterTheFirstPageIsStoredAndBeforeItsCheckpointLosesNothingAndDuplicatesNothing() {
        CaptureSnapshot clean = cleanRun();
        Stores stores = DemoSync.seeded(newStores());
        InMemoryMailboxSource source = DemoSync.source();

        assertThatThrownBy(() -> DemoSync.over(Crashes.atCheckpoint(stores, 1), source).sync(ALICE))
                .isInstanceOf(Crashes.Crash.class);

        List<GmailMessageId> firstPage = source.changes(ALICE, Checkpoint.START, DemoSync.PAGE_SIZE).refs().stream()
                .map(MessageRef::messageId).toList();
        assertThat(stores.mailboxes().state(ALICE).checkpoint()).as("the checkpoint did not move")
                .isEqualTo(Checkpoint.START);
        assertThat(stores.messages().knownIds(ALICE, firstPage)).as("the first page was stored")
                .containsExactlyInAnyOrderElementsOf(firstPage);

        SyncReport alice = completed(DemoSync.over(stores, source).sync(ALICE));
        SyncReport bob = completed(DemoSync.over(stores, source).sync(BOB));

        assertThat(alice.listed()).as("the first page is listed again").isEqualTo(23);
        assertThat(alice.alreadyKnown()).as("and skipped as stored").isEqualTo(DemoSync.PAGE_SIZE);
        assertThat(bob.alreadyKnown()).isZero();
        assertThat(CaptureSnapshot.of(stores, source)).isEqualTo(clean);
        assertThat(source.fullFetches()).as("no body is downloaded twice").isEqualTo(15);
        assertThat(List.of(stores.mailboxes().state(ALICE), stores.mailboxes().state(BOB)))
                .allSatisfy(state -> assertThat(state.status()).isEqualTo(SyncStatus.OK));
    }

    @Test
    void aCrashBeforeAnyPagesCheckpointOfEitherMailboxEndsAsACleanRunAfterTheNextSync() {
        CaptureSnapshot clean = cleanRun();
        for (int crashAt = 1; crashAt <= DemoSync.PAGES; crashAt++) {
            Stores stores = DemoSync.seeded(newStores());
            InMemoryMailboxSource source = DemoSync.source();
            Stores dying = Crashes.atCheckpoint(stores, crashAt);

            assertThatThrownBy(() -> {
                DemoSync.over(dying, source).sync(ALICE);
                DemoSync.over(dying, source).sync(BOB);
            }).as("crash at checkpoint %d", crashAt).isInstanceOf(Crashes.Crash.class);
            completed(DemoSync.over(stores, source).sync(ALICE));
            completed(DemoSync.over(stores, source).sync(BOB));

            assertThat(CaptureSnapshot.of(stores, source)).as("after a crash at checkpoint %d", crashAt)
                    .isEqualTo(clean);
        }
    }

    /** What the demo's sync stores when nothing crashes, checked against the demo. */
    private static CaptureSnapshot cleanRun() {
        CaptureSnapshot clean = DemoSync.cleanRun();
        assertThat(clean.copies()).isEqualTo(36);
        assertThat(clean.quarantined()).hasSize(2);
        assertThat(clean.sightingCount()).isEqualTo(34);
        assertThat(clean.messagesWithContent()).isEqualTo(15);
        assertThat(clean.proposalCount()).isEqualTo(16);
        assertThat(clean.checkpoints()).containsEntry(ALICE, new Checkpoint("23"))
                .containsEntry(BOB, new Checkpoint("13"));
        return clean;
    }

    private static SyncReport completed(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
