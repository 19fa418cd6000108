package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static dev.fundcrm.gmail.GmailTestbed.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.SentMailCheck.Answer;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A digest Gmail accepted is found in its sender's mailbox by its Message-ID, on the fake Gmail. */
class GmailSentMailCheckTest {

    private static final MessageId DIGEST = new MessageId("<digest-2024-03-04@fund.example>");

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailSentMailCheck check = new GmailSentMailCheck(testbed.gmail());
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void mailboxes() {
        testbed.fake().user(ANNA);
        testbed.fake().user(BEN);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        testbed.close();
    }

    @Test
    void aDigestGmailSentIsFoundInTheSendersMailbox() {
        new GmailOutboundMail(testbed.gmail()).send(digest(ANNA, DIGEST));

        assertThat(check.lookUp(EmailAddress.of(ANNA), DIGEST)).isEqualTo(Answer.SENT);
        assertThat(testbed.fake().stats(ANNA).calls(Route.MESSAGES_LIST)).isEqualTo(1);
    }

    @Test
    void anotherDaysDigestOrAnotherSendersMailboxIsNotSent() {
        new GmailOutboundMail(testbed.gmail()).send(digest(ANNA, DIGEST));

        assertThat(check.lookUp(EmailAddress.of(ANNA), new MessageId("<digest-2024-03-05@fund.example>")))
                .isEqualTo(Answer.NOT_SENT);
        assertThat(check.lookUp(EmailAddress.of(BEN), DIGEST)).isEqualTo(Answer.NOT_SENT);
    }

    @Test
    void aMailboxThatCannotBeSearchedCannotTellAndLogsWhyWithoutSecrets() {
        testbed.fake().revokeGrant(testbed.gmail().clientId())
                .grant(testbed.gmail().clientId(), GmailScopes.GMAIL_COMPOSE);
        new GmailOutboundMail(testbed.gmail()).send(digest(ANNA, DIGEST));

        assertThat(check.lookUp(EmailAddress.of(ANNA), DIGEST)).isEqualTo(Answer.CANNOT_TELL);
        assertThat(logs.list).map(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("could not tell whether " + DIGEST.value() + " went out"))
                .noneMatch(line -> line.contains("ya29.") || line.contains("eyJ") || line.contains("PRIVATE KEY"));
    }

    @Test
    void aServerErrorIsRetriedAsAReadThenCannotTell() {
        testbed.fake().faults().next(100, Route.MESSAGES_LIST, Fault.serverError(503));

        assertThat(check.lookUp(EmailAddress.of(ANNA), DIGEST)).isEqualTo(Answer.CANNOT_TELL);
        assertThat(testbed.fake().faults().injected(Route.MESSAGES_LIST)).isGreaterThan(1);
    }

    private static InternalMail digest(String sender, MessageId id) {
        return new InternalMail(EmailAddress.of(sender),
                AdminRecipients.allOf(List.of(EmailAddress.of(ANNA), EmailAddress.of(BEN))),
                "Digest", "text", "<p>text</p>", id);
    }
}
