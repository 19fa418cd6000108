package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.model.SyncStatus;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admins' mailboxes page: a running sync's progress, and a failure in words an admin can act on. */
class MailboxPagesTest {

    private ReviewFixture fixture;
    private PageClient client;

    @BeforeEach
    void start() {
        fixture = new ReviewFixture();
        client = new PageClient(fixture);
        client.signIn(fixture.adminToken);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aRunningSyncShowsMessagesRateAndTimeLeft() {
        fixture.running.put(EmailAddress.of(DemoFund.ALICE), new SyncProgress(EmailAddress.of(DemoFund.ALICE),
                ReviewFixture.NOW.minus(Duration.ofMinutes(1)), 1_200, 20_000, 40.0, 24_000));

        String page = client.get("/admin/mailboxes").body();

        assertThat(page).contains("Syncing: 1,200 of about 20,000 messages, 40.0 a second, about 8 min left");
    }

    @Test
    void aMailboxThatNeedsAttentionSaysWhatToCheck() {
        Mailbox bob = Mailbox.of(DemoFund.BOB);
        SyncState state = fixture.stores.mailboxes().state(bob);
        fixture.stores.mailboxes().saveState(new SyncState(bob, state.checkpoint(), SyncStatus.NEEDS_ATTENTION,
                state.lastSuccessOrNull(), ReviewFixture.NOW, "Gmail refused access to bob@northwind.vc: the client id "
                + "is not granted the scopes", state.messagesSeen(), state.messagesStored(), 3));

        String page = client.get("/admin/mailboxes").body();

        assertThat(page).contains("needs attention", "Last error: Gmail refused access to bob@northwind.vc",
                "domain-wide delegation");
    }

    @Test
    void syncNowOnAPausedMailboxIsRefusedWithWhatToDo() {
        String csrf = PageClient.csrfIn(client.get("/admin/mailboxes").body());
        client.post("/admin/mailboxes/" + DemoFund.BOB + "/pause", Map.of("csrf", csrf));

        var refused = client.post("/admin/mailboxes/" + DemoFund.BOB + "/sync", Map.of("csrf", csrf));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("is paused: resume it first");
        assertThat(fixture.syncRequests).isEmpty();
    }
}
