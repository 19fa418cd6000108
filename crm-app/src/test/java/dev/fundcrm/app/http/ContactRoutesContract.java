package dev.fundcrm.app.http;

import static dev.fundcrm.app.http.ApiFixture.json;
import static dev.fundcrm.app.http.ApiFixture.problem;
import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.ContactBackfill;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contact routes on the real server over some stores (in memory, H2, PostgreSQL), seeded with the demo
 * fund: Jane (Acme), Raj (Globex), Tom (Initech), María (no organization).
 */
abstract class ContactRoutesContract {

    static final String JANE = "/api/contacts/" + DemoFund.JANE;
    static final String RAJ = "/api/contacts/" + DemoFund.RAJ;

    private final HttpClient client = HttpClient.newHttpClient();
    ApiFixture api;

    protected abstract Stores freshStores();

    protected abstract ApiTokens tokens();

    @BeforeEach
    void start() {
        api = new ApiFixture(freshStores(), tokens());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    /** Posts a CSV body to the contact import (the fixture's client sends JSON only). */
    private HttpResponse<String> csv(String csv, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.api.port()
                        + "/api/contacts/import"))
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Test
    void aMemberPagesThroughContactsByNameAndSearchesThem() {
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(api.get("/api/contacts?limit=3&cursor=" + cursor, api.memberToken), 200);
            page.get("items").forEach(contact -> names.add(contact.get("name").asText()));
            cursor = page.get("nextCursor").asText();
        } while (!cursor.isEmpty());

        assertThat(names).containsExactly("Jane Doe", "María García", "Raj Patel", "Tom Lee");
        JsonNode gmail = json(api.get("/api/contacts?q=GMAIL", api.memberToken), 200);
        assertThat(gmail.get("items")).extracting(contact -> contact.get("name").asText())
                .containsExactly("María García", "Raj Patel");
        JsonNode raj = json(api.get(RAJ, api.memberToken), 200);
        assertThat(raj.get("aliases").get(0).asText()).isEqualTo("raj.patel@gmail.com");
        assertThat(raj.get("organization").get("name").asText()).isEqualTo("Globex Family Office");
    }

    @Test
    void addingAContactBackfillsItsEarlierMailIntoOpenProposalsOnItsTimeline() {
        Mailbox alice = Mailbox.of(DemoFund.ALICE);
        api.source.add(message(DemoFund.ALICE, "lena-before"));
        api.useCases.sync().sync(alice);
        assertThat(api.stores.proposals().countPending()).as("mail from a stranger proposes nothing").isZero();

        JsonNode lena = json(api.post("/api/contacts", api.adminToken,
                "{\"name\":\"Lena Partner\",\"addresses\":[\"lena@lp.example\"]}"), 201);
        assertThat(api.backfills.requested())
                .containsExactly(MailSearch.forAddresses(List.of(EmailAddress.of("lena@lp.example"))));
        api.backfills.runAll(new ContactBackfill(api.useCases.sync(), api.stores));

        JsonNode timeline = json(api.get("/api/contacts/" + lena.get("id").asText() + "/timeline", api.memberToken), 200);
        assertThat(timeline.get("contact").get("name").asText()).isEqualTo("Lena Partner");
        assertThat(timeline.get("activities")).isEmpty();
        assertThat(timeline.get("openProposals")).singleElement()
                .satisfies(proposal -> assertThat(proposal.get("subject").asText()).isEqualTo("About lena-before"));
    }

    @Test
    void theTimelineHoldsApprovedActivitiesNewestFirstAndTheProposalsStillOpen() {
        api.syncDemoMail();
        JsonNode before = json(api.get(JANE + "/timeline", api.memberToken), 200);
        int open = before.get("openProposals").size();
        assertThat(open).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < 2; i++) {
            json(api.post("/api/proposals/" + before.get("openProposals").get(i).get("id").asText() + "/approve",
                    api.memberToken, null), 200);
        }

        JsonNode after = json(api.get(JANE + "/timeline?limit=10", api.memberToken), 200);

        assertThat(after.get("activities")).hasSize(2);
        assertThat(after.get("activities").get(0).get("occurredAt").asText())
                .isGreaterThanOrEqualTo(after.get("activities").get(1).get("occurredAt").asText());
        assertThat(after.get("openProposals")).hasSize(Math.min(10, open - 2));
    }

    @Test
    void anAdminAddsAndRemovesAddressesAndAliasesEachAddedOneBackfilled() {
        JsonNode withAlias = json(api.post(JANE + "/aliases", api.adminToken, "{\"address\":\"jane@home.example\"}"), 200);
        JsonNode withAddress = json(api.post(JANE + "/addresses", api.adminToken,
                "{\"address\":\"jdoe@acme-pension.example\"}"), 200);

        assertThat(withAlias.get("aliases")).extracting(JsonNode::asText).containsExactly("jane@home.example");
        assertThat(withAddress.get("addresses")).extracting(JsonNode::asText)
                .containsExactly("jane.doe@acmepension.com", "jdoe@acme-pension.example");
        assertThat(api.backfills.requested()).extracting(search -> search.addresses().get(0).value())
                .containsExactly("jane@home.example", "jdoe@acme-pension.example");

        JsonNode removed = json(api.send("DELETE", JANE + "/aliases/jane@home.example", api.adminToken, null), 200);
        assertThat(removed.get("aliases")).isEmpty();
        JsonNode raj = json(api.post(RAJ + "/aliases", api.adminToken, "{\"address\":\"jane@home.example\"}"), 200);
        assertThat(raj.get("aliases")).extracting(JsonNode::asText).contains("jane@home.example");
        json(api.post(RAJ + "/aliases", api.adminToken, "{\"address\":\"raj+lp@home.example\"}"), 200);
        JsonNode plusRemoved = json(api.send("DELETE", RAJ + "/aliases/raj+lp@home.example", api.adminToken, null), 200);
        assertThat(plusRemoved.get("aliases")).extracting(JsonNode::asText).doesNotContain("raj+lp@home.example");
    }

    @Test
    void anAddressOfAnotherContactIsA409AndChangesNothing() {
        problem(api.post(RAJ + "/addresses", api.adminToken, "{\"address\":\"Jane.Doe@acmepension.com\"}"), 409);
        problem(api.post("/api/contacts", api.adminToken,
                "{\"name\":\"Copy\",\"addresses\":[\"raj.patel@googlemail.com\"]}"), 409);

        assertThat(json(api.get(RAJ, api.memberToken), 200).get("addresses")).extracting(JsonNode::asText)
                .containsExactly("raj@globex.com");
        assertThat(api.backfills.requested()).isEmpty();
    }

    @Test
    void patchRenamesAContactAndMovesItBetweenOrganizations() {
        JsonNode moved = json(api.send("PATCH", JANE, api.adminToken,
                "{\"name\":\"Jane Q. Doe\",\"organization\":\"" + DemoFund.GLOBEX + "\"}"), 200);
        assertThat(moved.get("name").asText()).isEqualTo("Jane Q. Doe");
        assertThat(moved.get("organization").get("name").asText()).isEqualTo("Globex Family Office");

        JsonNode alone = json(api.send("PATCH", JANE, api.adminToken, "{\"organization\":\"\"}"), 200);
        assertThat(alone.get("organization").isNull()).isTrue();
        assertThat(alone.get("name").asText()).isEqualTo("Jane Q. Doe");
        assertThat(api.stores.auditLog().about(DemoFund.JANE.toString())).extracting(event -> event.action())
                .containsExactly("contact.updated", "contact.updated");
    }

    @Test
    void organizationsAreListedCreatedRenamedAndTheirDomainsChanged() {
        JsonNode created = json(api.post("/api/organizations", api.adminToken,
                "{\"name\":\"LP Capital\",\"domains\":[\"LP.example\"]}"), 201);
        String path = "/api/organizations/" + created.get("id").asText();
        json(api.send("PATCH", path, api.adminToken, "{\"name\":\"LP Capital Partners\"}"), 200);
        json(api.post(path + "/domains", api.adminToken, "{\"domain\":\"lp-capital.example\"}"), 200);
        JsonNode after = json(api.send("DELETE", path + "/domains/lp.example", api.adminToken, null), 200);

        assertThat(after.get("name").asText()).isEqualTo("LP Capital Partners");
        assertThat(after.get("domains")).extracting(JsonNode::asText).containsExactly("lp-capital.example");
        assertThat(json(api.get(path, api.memberToken), 200)).isEqualTo(after);
        assertThat(json(api.get("/api/organizations", api.memberToken), 200))
                .extracting(organization -> organization.get("name").asText())
                .containsExactly("Acme Pension Fund", "Globex Family Office", "Initech Endowment", "LP Capital Partners");
        assertThat(api.backfills.requested()).extracting(MailSearch::domains)
                .containsExactly(List.of("lp.example"), List.of("lp-capital.example"));
        problem(api.post(path + "/domains", api.adminToken, "{\"domain\":\"globex.com\"}"), 409);
        problem(api.post(path + "/domains", api.adminToken, "{\"domain\":\"not a domain\"}"), 400);
    }

    @Test
    void aCsvImportTakesTheGoodRowsReportsTheBadOnesAndChangesNothingTheSecondTime() {
        String csv = "name,email,organization,domains\n"
                + "Lena Partner,lena@lp.example,LP Capital,lp.example\n"
                + "\n"
                + "Nobody,not-an-address,,\n"
                + "\"Max, Jr.\",max@lp.example,lp capital,lp.example;lp-capital.example\n"
                + "Jane again,jane.doe@acmepension.com,,\n";

        JsonNode first = json(csv(csv, api.adminToken), 200);
        JsonNode second = json(csv(csv, api.adminToken), 200);

        assertThat(first.get("created").asLong()).isEqualTo(2);
        assertThat(first.get("unchanged").asLong()).isEqualTo(1);
        assertThat(first.get("failed").asLong()).isEqualTo(1);
        JsonNode failure = first.get("rows").get(1);
        assertThat(failure.get("row").asInt()).as("the header is row 1, the empty line row 3").isEqualTo(4);
        assertThat(failure.get("errorOrNull").asText()).contains("not-an-address");
        assertThat(second.get("created").asLong()).isZero();
        assertThat(second.get("unchanged").asLong()).isEqualTo(3);
        JsonNode max = json(api.get("/api/contacts?q=max", api.memberToken), 200).get("items").get(0);
        assertThat(max.get("name").asText()).isEqualTo("Max, Jr.");
        assertThat(max.get("organization").get("name").asText()).isEqualTo("LP Capital");
        assertThat(api.backfills.requested()).hasSize(1);
    }

    @Test
    void aBadCsvIsA4xxProblem() {
        problem(csv("name,email\n\"Lena,lena@lp.example\n", api.adminToken), 400);
        problem(csv("name,phone\nLena,123\n", api.adminToken), 400);
        problem(csv("", api.adminToken), 400);
        problem(api.post("/api/contacts/import", api.adminToken, "{\"name\":\"Lena\"}"), 415);
        assertThat(api.stores.contacts().all()).hasSize(4);
    }

    @Test
    void membersReadButOnlyAdminsChangeContactsAndNobodyWithoutAToken() {
        problem(api.get("/api/contacts", null), 401);
        problem(api.get("/api/organizations", null), 401);
        json(api.get(JANE, api.memberToken), 200);
        json(api.get("/api/organizations/" + DemoFund.ACME, api.memberToken), 200);
        problem(api.post("/api/contacts", api.memberToken, "{\"addresses\":[\"x@lp.example\"]}"), 403);
        problem(api.send("PATCH", JANE, api.memberToken, "{\"name\":\"X\"}"), 403);
        problem(api.post(JANE + "/aliases", api.memberToken, "{\"address\":\"x@lp.example\"}"), 403);
        problem(csv("name,email\nX,x@lp.example\n", api.memberToken), 403);
        problem(api.post("/api/organizations", api.memberToken, "{\"name\":\"X\"}"), 403);
        assertThat(api.stores.contacts().all()).hasSize(4);
    }

    @Test
    void badInputIsA4xxProblemNamingWhatIsWrong() {
        problem(api.post("/api/contacts", api.adminToken, "{\"addresses\":[\"x@lp.example\""), 400);
        assertThat(problem(api.post("/api/contacts", api.adminToken, "{\"addresses\":\"x@lp.example\"}"), 400)
                .get("detail").asText()).contains("addresses");
        assertThat(problem(api.post("/api/contacts", api.adminToken, "{\"addresses\":[\"nope\"]}"), 400)
                .get("detail").asText()).contains("nope");
        problem(api.post("/api/contacts", api.adminToken, "{\"name\":\"No address\",\"addresses\":[]}"), 400);
        problem(api.post("/api/contacts", api.adminToken,
                "{\"addresses\":[\"x@lp.example\"],\"organization\":\"" + UUID.randomUUID() + "\"}"), 404);
        problem(api.get("/api/contacts/" + UUID.randomUUID(), api.memberToken), 404);
        problem(api.get("/api/contacts/12/timeline", api.memberToken), 400);
        problem(api.get("/api/contacts/" + UUID.randomUUID() + "/timeline", api.memberToken), 404);
        problem(api.get("/api/contacts?cursor=garbage", api.memberToken), 400);
        problem(api.send("PATCH", JANE, api.adminToken, "{\"name\":42}"), 400);
        problem(api.send("PATCH", JANE, api.adminToken, "{\"organization\":\"" + UUID.randomUUID() + "\"}"), 404);
        assertThat(problem(api.send("DELETE", "/api/contacts/" + DemoFund.TOM + "/addresses/tom@initech.edu",
                api.adminToken, null), 400).get("detail").asText()).contains("at least one address");
        problem(api.post("/api/organizations", api.adminToken, "{\"name\":\"\",\"domains\":[]}"), 400);
        problem(api.get("/api/organizations/" + UUID.randomUUID(), api.memberToken), 404);
        assertThat(api.stores.contacts().all()).hasSize(4);
    }
}
