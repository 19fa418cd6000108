package dev.fundcrm.gmail.fake;

import static com.google.api.services.gmail.GmailScopes.GMAIL_READONLY;
import static dev.fundcrm.gmail.fake.GoogleClients.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.ListHistoryResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeGmailExtension.class)
class FakeGmailHistoryTest {

    @Test
    void historyAfterTheProfilesIdPagesThroughEveryAddedMessage(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        BigInteger start = gmail.users().getProfile("me").execute().getHistoryId();
        List<String> added = add(fake, 5);

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String pageToken = null;
        ListHistoryResponse page;
        do {
            page = gmail.users().history().list("me").setStartHistoryId(start)
                    .setHistoryTypes(List.of("messageAdded")).setMaxResults(2L).setPageToken(pageToken).execute();
            pageSizes.add(page.getHistory().size());
            page.getHistory().forEach(record -> record.getMessagesAdded()
                    .forEach(addedMessage -> seen.add(addedMessage.getMessage().getId())));
            pageToken = page.getNextPageToken();
        } while (pageToken != null);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).isEqualTo(added);
        assertThat(page.getHistoryId()).isEqualTo(BigInteger.valueOf(fake.user(ANNA).historyId()));
        assertThat(page.getHistoryId()).isGreaterThan(start.add(BigInteger.valueOf(4)));
    }

    @Test
    void aDeletionIsHistoryTooUnlessOnlyAdditionsAreAskedFor(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        String id = add(fake, 1).get(0);
        BigInteger start = gmail.users().getProfile("me").execute().getHistoryId();
        fake.user(ANNA).delete(id);

        List<History> all = gmail.users().history().list("me").setStartHistoryId(start).execute().getHistory();
        ListHistoryResponse additions = gmail.users().history().list("me").setStartHistoryId(start)
                .setHistoryTypes(List.of("messageAdded")).execute();

        assertThat(all).singleElement().satisfies(record ->
                assertThat(record.getMessagesDeleted().get(0).getMessage().getId()).isEqualTo(id));
        assertThat(additions.getHistory()).isNull();
        assertThat(additions.getHistoryId()).isGreaterThan(start);
    }

    @Test
    void aStartOlderThanTheHistoryKeptIsA404(FakeGmail fake) throws IOException {
        Gmail gmail = readonly(fake);
        BigInteger start = gmail.users().getProfile("me").execute().getHistoryId();
        add(fake, 3);
        fake.user(ANNA).expireHistoryBefore(fake.user(ANNA).historyId());

        assertThatThrownBy(() -> gmail.users().history().list("me").setStartHistoryId(start).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, thrown -> {
                    assertThat(thrown.getStatusCode()).isEqualTo(404);
                    assertThat(thrown.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
                });
        assertThat(gmail.users().history().list("me")
                .setStartHistoryId(BigInteger.valueOf(fake.user(ANNA).historyId())).execute().getHistory()).isNull();
    }

    private static Gmail readonly(FakeGmail fake) {
        fake.grant(fake.serviceAccount().clientId(), GMAIL_READONLY);
        fake.user(ANNA);
        return GoogleClients.gmail(fake, ANNA, GMAIL_READONLY);
    }

    private static List<String> add(FakeGmail fake, int count) {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            ids.add(fake.user(ANNA).add(Mails.plain("lea@lp.example", ANNA, "Note " + index, "text", Instant.now())));
        }
        return ids;
    }
}
