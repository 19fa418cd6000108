package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Profile;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.gmail.GmailCalls.Call;
import dev.fundcrm.gmail.GmailCalls.Repeat;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that domain-wide delegation works for one team member, the way an admin would after setting it up:
 * the profile with each scope fundcrm uses, then the backfill query with {@code gmail.readonly}. Each step
 * becomes a finding in words; a failed step says what to fix in the Google Admin console. It costs a few
 * quota units and changes nothing. Thread-safe.
 */
public final class GmailCheck {

    /** One step of the check: the scope it needs, whether it worked, and what it found, in words. */
    public record Finding(String scope, boolean ok, String text) {
    }

    private final DelegatedGmail gmail;

    public GmailCheck(DelegatedGmail gmail) {
        this.gmail = gmail;
    }

    public List<Finding> check(EmailAddress member) {
        String user = member.canonical();
        List<Finding> findings = new ArrayList<>();
        Finding capture = profile(user, GmailScopes.GMAIL_READONLY, "capture");
        findings.add(capture);
        findings.add(profile(user, GmailScopes.GMAIL_COMPOSE, "reply drafts and the digest's send"));
        if (capture.ok()) {
            findings.add(backfill(user));
        }
        return List.copyOf(findings);
    }

    private Finding profile(String user, String scope, String purpose) {
        Call call = new Call(user, scope, gmail.settings().costs().getProfile(), "reading the profile of " + user,
                Repeat.WHEN_RETRYABLE);
        try {
            Profile profile = gmail.calls().execute(call,
                    () -> gmail.client(user, scope).users().getProfile("me").execute());
            return new Finding(scope, true, shortName(scope) + " (" + purpose + ") works for " + user + ": "
                    + profile.getMessagesTotal() + " messages in the mailbox");
        } catch (GmailFailure failure) {
            return new Finding(scope, false, shortName(scope) + " (" + purpose + ") fails for " + user + ": "
                    + failure.getMessage());
        }
    }

    private Finding backfill(String user) {
        String scope = GmailScopes.GMAIL_READONLY;
        String query = gmail.settings().backfillQuery();
        Call call = new Call(user, scope, gmail.settings().costs().messagesList(), "searching the mail of " + user,
                Repeat.WHEN_RETRYABLE);
        try {
            ListMessagesResponse listed = gmail.calls().execute(call, () -> gmail.client(user, scope).users().messages()
                    .list("me").setQ(query).setMaxResults(1L).execute());
            return new Finding(scope, true, "the backfill query '" + query + "' is accepted: about "
                    + listed.getResultSizeEstimate() + " messages for a first sync");
        } catch (GmailFailure failure) {
            return new Finding(scope, false, "the backfill query '" + query + "' fails: " + failure.getMessage());
        }
    }

    private static String shortName(String scope) {
        return scope.substring(scope.lastIndexOf('/') + 1);
    }
}
