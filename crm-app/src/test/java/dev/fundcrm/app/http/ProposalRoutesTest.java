package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProposalRoutesTest {

    private final ApiFixture api = new ApiFixture(InMemoryStores.create(), new InMemoryApiTokens()).syncDemoMail();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void thePendingListIsOldestFirstAndPagesWithACursor() {
        JsonNode all = json(api.get("/api/proposals?limit=500", api.memberToken), 200);
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(api.get("/api/proposals?limit=2&cursor=" + cursor, api.memberToken), 200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.get("nextCursor").asText();
        } while (!cursor.isEmpty());

        assertThat(all.get("items").size()).isGreaterThan(3);
        assertThat(ids).hasSize(all.get("items").size());
        List<String> times = new ArrayList<>();
        all.get("items").forEach(item -> times.add(item.get("occurredAt").asText()));
        assertThat(times).isSorted();
    }

    @Test
    void theListFiltersByContactOrganizationMailboxAndAge() {
        JsonNode jane = json(api.get("/api/proposals?contact=" + DemoFund.JANE, api.memberToken), 200);
        assertThat(jane.get("items")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("target").get("contactId").asText())
                        .isEqualTo(DemoFund.JANE.toString()));

        JsonNode globex = json(api.get("/api/proposals?organization=" + DemoFund.GLOBEX.value(), api.memberToken), 200);
        assertThat(globex.get("items")).isNotEmpty().allSatisfy(item ->
                assertThat(item.get("target").get("organizationName").asText()).isEqualTo("Globex Family Office"));

        JsonNode bob = json(api.get("/api/proposals?mailbox=" + DemoFund.BOB, api.memberToken), 200);
        assertThat(bob.get("items")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("seenIn").toString()).contains(DemoFund.BOB));

        JsonNode ancient = json(api.get("/api/proposals?minAge=P3650D", api.memberToken), 200);
        assertThat(ancient.get("items")).isEmpty();
    }

    @Test
    void badFiltersAre400s() {
        problem(api.get("/api/proposals?contact=not-a-uuid", api.memberToken), 400);
        problem(api.get("/api/proposals?limit=0", api.memberToken), 400);
        problem(api.get("/api/proposals?limit=ten", api.memberToken), 400);
        problem(api.get("/api/proposals?minAge=yesterday", api.memberToken), 400);
        problem(api.get("/api/proposals?cursor=forged", api.memberToken), 400);
    }

    @Test
    void oneProposalComesWithItsMessage() {
        String id = firstFor(DemoMailboxes.JANE_Q3_REPORT);

        JsonNode detail = json(api.get("/api/proposals/" + id, api.memberToken), 200);

        assertThat(detail.get("proposal").get("subject").asText()).isEqualTo(DemoMailboxes.JANE_Q3_REPORT);
        JsonNode message = detail.get("message");
        assertThat(message.get("from").get(0).get("address").asText()).isEqualTo("jane.doe@acmepension.com");
        assertThat(message.get("headers")).isNotNull();
        assertThat(message.get("thread").get("copies")).isNotEmpty();
        assertThat(message.get("excerpt").asText()).isNotEmpty();
        assertThat(message.get("thread").get("captured")).extracting(node -> node.get("subject").asText())
                .containsExactly(DemoMailboxes.JANE_Q3_REPORT, DemoMailboxes.ALICE_ANSWERS_JANE);
        assertThat(message.get("thread").get("notCaptured")).isEmpty();
    }

    @Test
    void unknownAndMalformedIdsAre404And400() {
        problem(api.get("/api/proposals/" + java.util.UUID.randomUUID(), api.memberToken), 404);
        problem(api.get("/api/proposals/12", api.memberToken), 400);
        problem(api.post("/api/proposals/" + java.util.UUID.randomUUID() + "/approve", api.memberToken, null), 404);
    }

    @Test
    void approvingTwiceIsA409AndWritesOneActivity() {
        String id = firstFor(DemoMailboxes.JANE_Q3_REPORT);

        JsonNode approved = json(api.post("/api/proposals/" + id + "/approve", api.memberToken,
                "{\"visibility\":\"FULL_EXCERPT\"}"), 200);
        JsonNode again = problem(api.post("/api/proposals/" + id + "/approve", api.memberToken, null), 409);

        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("decision").get("reviewer").asText()).isEqualTo(DemoFund.CAROL);
        assertThat(approved.get("decision").get("visibility").asText()).isEqualTo("FULL_EXCERPT");
        assertThat(again.get("detail").asText()).contains("APPROVED");
        assertThat(api.stores.activities().forContact(DemoFund.JANE, 100)).hasSize(1);
    }

    @Test
    void rejectingNeedsAReason() {
        String id = firstFor(DemoMailboxes.JANE_Q3_REPORT);

        problem(api.post("/api/proposals/" + id + "/reject", api.memberToken, "{\"reason\":\"  \"}"), 400);
        JsonNode rejected = json(api.post("/api/proposals/" + id + "/reject", api.memberToken,
                "{\"reason\":\"newsletter\",\"block\":\"NOTHING\"}"), 200);

        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("decision").get("reason").asText()).isEqualTo("newsletter");
    }

    @Test
    void reassigningMovesTheProposalToAnotherContact() {
        String id = firstFor(DemoMailboxes.JANE_Q3_REPORT);

        JsonNode moved = json(api.post("/api/proposals/" + id + "/reassign", api.memberToken,
                "{\"contact\":\"" + DemoFund.TOM + "\"}"), 200);

        assertThat(moved.get("target").get("contactId").asText()).isEqualTo(DemoFund.TOM.toString());
        assertThat(moved.get("state").asText()).isEqualTo("PENDING");
        assertThat(api.stores.proposals().find(ProposalId.parse(id)).orElseThrow().state())
                .isEqualTo(ProposalState.REJECTED);
        problem(api.post("/api/proposals/" + moved.get("id").asText() + "/reassign", api.memberToken,
                "{\"contact\":\"" + java.util.UUID.randomUUID() + "\"}"), 404);
    }

    @Test
    void bulkApprovalReportsEachProposal() {
        String known = firstFor(DemoMailboxes.JANE_Q3_REPORT);
        String unknown = java.util.UUID.randomUUID().toString();

        JsonNode results = json(api.post("/api/proposals/approve", api.memberToken,
                "{\"proposals\":[\"" + known + "\",\"" + known + "\",\"" + unknown + "\"]}"), 200);

        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(results.get(1).get("outcome").asText()).isEqualTo("CONFLICT");
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("NOT_FOUND");
        problem(api.post("/api/proposals/approve", api.memberToken, "{\"proposals\":[]}"), 400);
    }

    /** The id of the first pending proposal for a contact whose message has this subject. */
    private String firstFor(String subject) {
        JsonNode page = json(api.get("/api/proposals?limit=500", api.memberToken), 200);
        for (JsonNode item : page.get("items")) {
            if (item.get("subject").asText().equals(subject) && item.get("target").get("kind").asText().equals("CONTACT")) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no pending proposal about " + subject + " in " + page);
    }
}
