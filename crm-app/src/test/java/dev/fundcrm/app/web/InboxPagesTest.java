package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalState;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.port.out.PendingQuery;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox's actions as the review script posts them: each answers a sentence; refusals change nothing. */
class InboxPagesTest {

    private ReviewFixture fixture;
    private PageClient client;
    private String csrf;

    @BeforeEach
    void start() {
        fixture = new ReviewFixture();
        client = new PageClient(fixture);
        client.signIn(fixture.adminToken);
        csrf = PageClient.csrfIn(client.get("/inbox").body());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void approvingTwiceChangesNothingTheSecondTime() {
        Proposal first = pending().get(0);

        HttpResponse<String> approved = client.postForJson("/inbox/" + first.id() + "/approve", Map.of("csrf", csrf));
        HttpResponse<String> again = client.postForJson("/inbox/" + first.id() + "/approve", Map.of("csrf", csrf));

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"ok\":true", "Approved.");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"ok\":false", "Nothing changed");
        assertThat(fixture.stores.proposals().find(first.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void rejectingNeedsAReasonAndCanBlockTheSendersDomain() {
        Proposal first = pending().get(0);
        String sender = first.match().participant().address().domain();

        HttpResponse<String> noReason = client.postForJson("/inbox/" + first.id() + "/reject", Map.of("csrf", csrf));
        HttpResponse<String> rejected = client.postForJson("/inbox/" + first.id() + "/reject",
                Map.of("csrf", csrf, "reason", "Newsletter", "block", "DOMAIN"));

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why the proposal is rejected");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("Rejected and blocked.");
        assertThat(fixture.stores.proposals().find(first.id()).orElseThrow().state()).isEqualTo(ProposalState.REJECTED);
        assertThat(fixture.stores.blocklist().entries()).extracting(BlockEntry::key).contains("@" + sender);
    }

    @Test
    void badIdsAndEmptySelectionsAreClear400s() {
        HttpResponse<String> badId = client.postForJson("/inbox/not-an-id/approve", Map.of("csrf", csrf));
        HttpResponse<String> none = client.postForJson("/inbox/approve", Map.of("csrf", csrf));
        HttpResponse<String> noContact = client.postForJson("/inbox/" + pending().get(0).id() + "/reassign",
                Map.of("csrf", csrf));

        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Not a valid proposal");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Select the proposals to approve first");
        assertThat(noContact.statusCode()).isEqualTo(400);
        assertThat(noContact.body()).contains("Choose the contact");
    }

    @Test
    void approvingManyNamesOnlyTheProposalsThatLeftTheQueue() {
        List<Proposal> pending = fixture.stores.proposals().pending(PendingQuery.firstPage(200)).items();
        Proposal known = pending.get(0);
        Proposal newPerson = pending.stream().filter(p -> p.target() instanceof ProposalTarget.NewPerson)
                .findFirst().orElseThrow();

        HttpResponse<String> answer = client.postForJson("/inbox/approve",
                "csrf=" + csrf + "&id=" + known.id() + "&id=" + newPerson.id());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Approved 1 of 2", "\"decided\":[\"" + known.id() + "\"]");
        assertThat(fixture.stores.proposals().find(newPerson.id()).orElseThrow().isPending()).isTrue();
    }

    @Test
    void theContactPickerFindsContactsByNameOrAddress() {
        String found = client.get("/inbox/contacts?q=globex").body();

        assertThat(found).contains("Raj Patel <raj@globex.com>").doesNotContain("Jane Doe");
    }

    private List<Proposal> pending() {
        return fixture.stores.proposals().pending(PendingQuery.firstPage(10)).items();
    }
}
