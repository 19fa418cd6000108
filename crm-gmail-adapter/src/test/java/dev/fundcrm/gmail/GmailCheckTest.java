package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.gmail.GmailCheck.Finding;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GmailCheckTest {

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailCheck check = new GmailCheck(testbed.gmail());

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void aWorkingSetupIsConfirmedScopeByScope() {
        testbed.fake().user(ANNA).add(Letters.letter("lea@lp.example", ANNA, "hello", "<h@lp.example>", Instant.now()));

        assertThat(check.check(EmailAddress.of(ANNA))).extracting(Finding::ok, Finding::text).containsExactly(
                tuple(true,
                        "gmail.readonly (capture) works for anna@fund.example: 1 messages in the mailbox"),
                tuple(true,
                        "gmail.compose (reply drafts and the digest's send) works for anna@fund.example: 1 messages in "
                                + "the mailbox"),
                tuple(true, "the backfill query 'newer_than:365d -in:chats -in:spam "
                        + "-in:trash' is accepted: about 1 messages for a first sync"));
    }

    @Test
    void aScopeMissingInTheGrantIsNamedWithWhereToAddIt() {
        testbed.fake().user(ANNA);
        testbed.fake().revokeGrant(testbed.gmail().clientId()).grant(testbed.gmail().clientId(),
                GmailScopes.GMAIL_READONLY);

        assertThat(check.check(EmailAddress.of(ANNA))).filteredOn(finding -> !finding.ok()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.scope()).isEqualTo(GmailScopes.GMAIL_COMPOSE);
                    assertThat(finding.text()).isEqualTo("gmail.compose (reply drafts and the digest's send) fails "
                            + "for anna@fund.example: the delegation grant for client id 104729000000000000001 lacks "
                            + "scope https://www.googleapis.com/auth/gmail.compose: add it in the Google Admin console "
                            + "under Security > Access and data control > API controls > Domain-wide delegation");
                });
    }

    @Test
    void anUnknownMemberIsNamed() {
        assertThat(check.check(EmailAddress.of("nobody@fund.example"))).extracting(Finding::text).containsExactly(
                "gmail.readonly (capture) fails for nobody@fund.example: nobody@fund.example is unknown or suspended "
                        + "in Google Workspace",
                "gmail.compose (reply drafts and the digest's send) fails for nobody@fund.example: nobody@fund.example "
                        + "is unknown or suspended in Google Workspace");
    }
}
