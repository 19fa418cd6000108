package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MailboxRoutesTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void listsMailboxesWithSyncHealthAndTheProgressOfARunningSync() {
        api.syncDemoMail();
        api.sync.running(new SyncProgress(EmailAddress.of(DemoFund.BOB), ApiFixture.NOW, 40, 100, 4.0, 800));

        JsonNode mailboxes = json(api.get("/api/mailboxes", api.memberToken), 200);

        assertThat(mailboxes).hasSize(2);
        JsonNode alice = mailboxes.get(0);
        assertThat(alice.get("address").asText()).isEqualTo(DemoFund.ALICE);
        assertThat(alice.get("status").asText()).isEqualTo("OK");
        assertThat(alice.get("messagesSeen").asLong()).isPositive();
        assertThat(alice.get("progress").isNull()).isTrue();
        JsonNode bob = mailboxes.get(1).get("progress");
        assertThat(bob.get("done").asLong()).isEqualTo(40);
        assertThat(bob.get("estimatedTotal").asLong()).isEqualTo(100);
        assertThat(bob.get("secondsLeft").asLong()).isEqualTo(15);
    }

    @Test
    void anAdminRegistersAMailboxOnce() {
        JsonNode added = json(api.post("/api/mailboxes", api.adminToken,
                "{\"address\":\"carol@northwind.vc\",\"aliases\":[\"carol.x@northwind-capital.com\"]}"), 201);

        assertThat(added.get("status").asText()).isEqualTo("NEVER");
        assertThat(api.stores.mailboxes().find(Mailbox.of("carol@northwind.vc"))).isPresent();
        problem(api.post("/api/mailboxes", api.adminToken, "{\"address\":\"carol@northwind.vc\"}"), 409);
        assertThat(api.stores.auditLog().recent(10)).anyMatch(e -> e.action().equals("mailbox.added"));
    }

    @Test
    void aBadAddressIsA400NamingTheField() {
        JsonNode body = problem(api.post("/api/mailboxes", api.adminToken, "{\"address\":\"not-an-address\"}"), 400);

        assertThat(body.get("detail").asText()).contains("address");
    }

    @Test
    void pausingAndResumingFlipsTheFlag() {
        JsonNode paused = json(api.post("/api/mailboxes/" + DemoFund.BOB + "/pause", api.adminToken, null), 200);
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(api.stores.mailboxes().find(Mailbox.of(DemoFund.BOB)).orElseThrow().paused()).isTrue();

        JsonNode resumed = json(api.post("/api/mailboxes/" + DemoFund.BOB + "/resume", api.adminToken, null), 200);
        assertThat(resumed.get("paused").asBoolean()).isFalse();
    }

    @Test
    void aMemberMayNotPauseAMailbox() {
        problem(api.post("/api/mailboxes/" + DemoFund.BOB + "/pause", api.memberToken, null), 403);
    }

    @Test
    void syncNowAsksTheSyncRunner() {
        JsonNode requested = json(api.post("/api/mailboxes/" + DemoFund.ALICE + "/sync", api.memberToken, null), 202);

        assertThat(requested.get("mailbox").asText()).isEqualTo(DemoFund.ALICE);
        assertThat(api.sync.requested()).containsExactly(EmailAddress.of(DemoFund.ALICE));
    }

    @Test
    void syncingAPausedOrUnknownMailboxIsRefused() {
        api.post("/api/mailboxes/" + DemoFund.BOB + "/pause", api.adminToken, null);

        problem(api.post("/api/mailboxes/" + DemoFund.BOB + "/sync", api.memberToken, null), 409);
        problem(api.post("/api/mailboxes/nobody@northwind.vc/sync", api.memberToken, null), 404);
        assertThat(api.sync.requested()).isEmpty();
    }
}
