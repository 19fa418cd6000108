package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.SentMailCheck;
import java.util.List;

/**
 * The sender's mailbox as a transport fills it: a mail counts as sent if the transport delivered it from that
 * sender. {@link #unreachable} makes every look-up {@code CANNOT_TELL} until {@link #reachable}. Counts
 * look-ups. Thread-safe: every method is synchronized.
 */
public final class RecordingSentMailCheck implements SentMailCheck {

    private final RecordingOutboundMail mailbox;
    private boolean unreachable;
    private int lookUps;

    /** @param mailbox the transport whose sent mail lands in the sender's mailbox (Gmail's send does) */
    public RecordingSentMailCheck(RecordingOutboundMail mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public synchronized Answer lookUp(EmailAddress sender, MessageId messageId) {
        lookUps++;
        if (unreachable) {
            return Answer.CANNOT_TELL;
        }
        List<InternalMail> sent = mailbox.sent();
        return sent.stream().anyMatch(mail -> mail.from().equals(sender) && mail.messageId().equals(messageId))
                ? Answer.SENT : Answer.NOT_SENT;
    }

    public synchronized void unreachable() {
        unreachable = true;
    }

    public synchronized void reachable() {
        unreachable = false;
    }

    public synchronized int lookUps() {
        return lookUps;
    }
}
