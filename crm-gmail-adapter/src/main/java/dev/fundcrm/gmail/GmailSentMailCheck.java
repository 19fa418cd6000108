package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.ListMessagesResponse;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.gmail.GmailCalls.Call;
import dev.fundcrm.gmail.GmailCalls.Repeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the digest sender's mailbox for a message by its Message-ID ({@code messages.list} with
 * {@code q=rfc822msgid:...}, spam and trash included, scope {@code gmail.readonly}, which capture is granted
 * anyway): a digest Gmail accepted shows there with the label SENT even if the instance that sent it died
 * before recording it. A failure is logged with Gmail's safe description and answered {@code CANNOT_TELL}.
 * Thread-safe.
 */
public final class GmailSentMailCheck implements SentMailCheck {

    private static final Logger LOG = LoggerFactory.getLogger(GmailSentMailCheck.class);
    private static final String SCOPE = GmailScopes.GMAIL_READONLY;

    private final DelegatedGmail gmail;

    public GmailSentMailCheck(DelegatedGmail gmail) {
        this.gmail = gmail;
    }

    @Override
    public Answer lookUp(EmailAddress sender, MessageId messageId) {
        String user = sender.canonical();
        Call call = new Call(user, SCOPE, gmail.settings().costs().messagesList(),
                "searching " + user + "'s mailbox for " + messageId.value(), Repeat.WHEN_RETRYABLE);
        try {
            ListMessagesResponse found = gmail.calls().execute(call, () -> gmail.client(user, SCOPE).users().messages()
                    .list("me").setQ("rfc822msgid:" + messageId.value()).setIncludeSpamTrash(true).setMaxResults(1L)
                    .execute());
            return found.getMessages() == null || found.getMessages().isEmpty() ? Answer.NOT_SENT : Answer.SENT;
        } catch (GmailFailure failure) {
            LOG.warn("could not tell whether {} went out: {}", messageId, failure.getMessage());
            return Answer.CANNOT_TELL;
        }
    }
}
