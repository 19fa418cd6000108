package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.Message;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.gmail.GmailCalls.Call;
import dev.fundcrm.gmail.GmailCalls.Repeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's Gmail transport: {@code users.messages.send} as the digest's sender (the mail's {@code from}, a
 * team member), scope {@code gmail.compose}. Its only mail is an {@link InternalMail}, whose recipients are
 * active admins. A send is tried again only when Gmail surely did not run it (quota, the token endpoint, no
 * connection), so a digest is not sent twice; otherwise the failure goes to the caller, which may fall back to
 * SMTP. Thread-safe.
 */
public final class GmailOutboundMail implements OutboundMail {

    private static final Logger LOG = LoggerFactory.getLogger(GmailOutboundMail.class);
    private static final String SCOPE = GmailScopes.GMAIL_COMPOSE;

    private final DelegatedGmail gmail;

    public GmailOutboundMail(DelegatedGmail gmail) {
        this.gmail = gmail;
    }

    @Override
    public String name() {
        return "gmail";
    }

    @Override
    public void send(InternalMail mail) {
        String sender = mail.from().canonical();
        byte[] raw;
        try {
            raw = GmailMime.digest(mail, gmail.clock().instant());
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("the digest could not be written: " + e.getMessage(), false);
        }
        Message message = new Message().encodeRaw(raw);
        Call call = new Call(sender, SCOPE, gmail.settings().costs().messagesSend(), "sending the digest as " + sender,
                Repeat.UNLESS_IT_MAY_HAVE_RUN);
        try {
            gmail.calls().execute(call,
                    () -> gmail.client(sender, SCOPE).users().messages().send("me", message).execute());
        } catch (GmailFailure failure) {
            LOG.warn("digest mail {} not delivered via Gmail: {}", mail.messageId(), failure.getMessage());
            throw new DeliveryException(failure.getMessage(), failure.authentication());
        }
    }
}
