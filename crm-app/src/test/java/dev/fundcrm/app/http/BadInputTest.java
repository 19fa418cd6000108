package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.port.out.Blocklist;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem+json naming what is wrong; an unexpected failure a 500 with only a reference. */
class BadInputTest {

    private static final String SECRET_IN_FAILURE = "jdbc:postgresql://crm:s3cr3t-pw@db/crm";

    private final ApiFixture api = new ApiFixture(failingBlocklist(InMemoryStores.create()), new InMemoryApiTokens());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void malformedJsonIsA400WithItsPosition() {
        JsonNode body = problem(api.post("/api/mailboxes", api.adminToken, "{\"address\": "), 400);

        assertThat(body.get("detail").asText()).contains("malformed JSON");
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400sNamingTheField() {
        assertThat(problem(api.post("/api/mailboxes", api.adminToken, "{\"address\": 42}"), 400)
                .get("detail").asText()).contains("'address'");
        assertThat(problem(api.post("/api/mailboxes", api.adminToken, "{\"address\": \"a@b.c\", \"aliases\": \"x\"}"), 400)
                .get("detail").asText()).contains("'aliases'");
        assertThat(problem(api.post("/api/mailboxes", api.adminToken, "{\"address\": \"a@b.c\", \"admin\": true}"), 400)
                .get("detail").asText()).contains("'admin'");
        problem(api.post("/api/mailboxes", api.adminToken, "[1, 2]"), 400);
        problem(api.post("/api/mailboxes", api.adminToken, "null"), 400);
        problem(api.post("/api/mailboxes", api.adminToken, "{} trailing"), 400);
        problem(api.post("/api/proposals/approve", api.memberToken, "{\"proposals\": [\"x\"], \"visibility\": \"LOUD\"}"), 400);
    }

    @Test
    void aMissingBodyIsA400() {
        problem(api.post("/api/mailboxes", api.adminToken, null), 400);
    }

    @Test
    void anOversizeBodyIsA413() {
        String huge = "{\"address\": \"" + "a".repeat((int) AdminApi.MAX_BODY_BYTES + 10) + "@b.c\"}";

        problem(api.post("/api/mailboxes", api.adminToken, huge), 413);
    }

    @Test
    void anUnexpectedFailureIsA500WithAReferenceThatIsLoggedButNoExceptionText() {
        JsonNode body;
        String logged;
        try (LogCapture logs = new LogCapture()) {
            body = problem(api.get("/api/admin/blocklist", api.adminToken), 500);
            logged = logs.text();
        }

        String reference = body.get("referenceId").asText();
        assertThat(body.toString()).doesNotContain("s3cr3t").doesNotContain("IllegalStateException");
        assertThat(body.get("detail").asText()).contains(reference);
        assertThat(logged).contains(reference).contains("IllegalStateException");
    }

    /** The stores, with a blocklist whose listing fails with a message that must not reach the caller. */
    private static Stores failingBlocklist(Stores stores) {
        Blocklist failing = new Blocklist() {
            @Override
            public void add(BlockEntry entry) {
                stores.blocklist().add(entry);
            }

            @Override
            public boolean remove(BlockEntry entry) {
                return stores.blocklist().remove(entry);
            }

            @Override
            public List<BlockEntry> entries() {
                throw new IllegalStateException("lost " + SECRET_IN_FAILURE);
            }
        };
        return new Stores(stores.transactions(), stores.contacts(), stores.messages(), stores.proposals(),
                stores.activities(), stores.mailboxes(), stores.admins(), failing, stores.auditLog(),
                stores.digestRuns(), stores.captures(), stores.leases());
    }
}
