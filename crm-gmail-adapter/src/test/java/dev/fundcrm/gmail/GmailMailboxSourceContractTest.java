package dev.fundcrm.gmail;

import dev.fundcrm.domain.contract.MailboxSourceContract;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.gmail.takeout.MboxWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The Gmail source keeps the MailboxSource contract against the fake Gmail, through Google's real clients. The
 * fixtures' messages are written as RFC 822 and stored under the fixtures' own Gmail ids and threads.
 */
class GmailMailboxSourceContractTest extends MailboxSourceContract {

    private final GmailTestbed testbed = new GmailTestbed();

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Override
    protected MailboxSource sourceWith(Mailbox mailbox, List<ParsedMessage> messages) {
        testbed.fake().user(mailbox.address().value());
        messages.forEach(this::deliver);
        return new GmailMailboxSource(testbed.gmail());
    }

    @Override
    protected void deliver(ParsedMessage message) {
        MessageRef ref = message.ref();
        testbed.fake().user(ref.mailbox().address().value()).addAs(ref.messageId().value(), ref.threadId().value(),
                testbed.time().clock().instant(), MboxWriter.rfc5322(message));
    }

    @Override
    protected void delete(MessageRef ref) {
        testbed.fake().user(ref.mailbox().address().value()).delete(ref.messageId().value());
    }
}
