package dev.fundcrm.gmail;

import static dev.fundcrm.gmail.GmailTestbed.ANNA;
import static dev.fundcrm.gmail.GmailTestbed.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No key, assertion or access token reaches a log line, a failure's message or its causes: every way the
 * adapter can fail is run with every logger at TRACE, and all that was logged or thrown is searched for the
 * key's PEM, its id, JWTs and the tokens' prefix.
 */
class SecretsStayOutTest {

    private final GmailTestbed testbed = new GmailTestbed();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Throwable> thrown = new ArrayList<>();
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
        testbed.close();
    }

    @Test
    void noSecretInAnyLogLineOrFailure() {
        capturesWithQuotaAndFaults();
        failsWithEveryCredentialProblem();
        String key = testbed.fake().serviceAccountKeyJson();
        thrown.add(catchAny(() -> DelegatedGmail.connect(GmailSettings.defaults(
                Secret.of(key.substring(0, key.length() / 2))))));
        thrown.add(catchAny(() -> DelegatedGmail.connect(GmailSettings.defaults(Secret.of(key.replace("MII", "XYZ"))))));
        thrown.add(catchAny(() -> GmailSettings.serviceAccountKey("/nonexistent/" + key.substring(0, 40))));

        List<String> texts = new ArrayList<>();
        logged.list.forEach(event -> {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                texts.add(proxy.getClassName() + ": " + proxy.getMessage());
            }
        });
        thrown.forEach(failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                texts.add(cause.getClass().getName() + ": " + cause.getMessage());
            }
        });
        texts.add(testbed.settings().toString());

        assertThat(logged.list).isNotEmpty();
        assertThat(thrown).hasSizeGreaterThanOrEqualTo(6);
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(secrets()));
    }

    private void capturesWithQuotaAndFaults() {
        IntStream.range(0, 40).forEach(index -> testbed.fake().user(ANNA).add(Letters.letter("lea@lp.example", ANNA,
                "note " + index, "<n" + index + "@lp.example>", Instant.now().minusSeconds(index))));
        testbed.fake().quota().budget(300, Duration.ofMinutes(1));
        testbed.fake().faults().sometimes(0.2, 3, Route.MESSAGES_GET, Fault.serverError(503))
                .next(2, Route.MESSAGES_LIST, Fault.connectionReset())
                .next(1, Route.MESSAGES_LIST, Fault.malformedJson());
        GmailMailboxSource source = new GmailMailboxSource(testbed.gmail());
        var page = source.changes(Mailbox.of(ANNA), Checkpoint.START, 50);
        source.fetchHeaders(Mailbox.of(ANNA), page.refs());
        testbed.fake().faults().clear();
    }

    private void failsWithEveryCredentialProblem() {
        GmailMailboxSource source = new GmailMailboxSource(testbed.gmail());
        thrown.add(catchAny(() -> source.changes(Mailbox.of("nobody@fund.example"), Checkpoint.START, 10)));
        testbed.fake().user(BEN).suspend();
        thrown.add(catchAny(() -> new GmailOutboundMail(testbed.gmail()).send(digest(BEN))));
        assertThat(new GmailSentMailCheck(testbed.gmail()).lookUp(EmailAddress.of(BEN), new MessageId("<d@fund.example>")))
                .isEqualTo(SentMailCheck.Answer.CANNOT_TELL);
        testbed.fake().revokeGrant(testbed.gmail().clientId()).grant(testbed.gmail().clientId(),
                GmailScopes.GMAIL_METADATA);
        thrown.add(catchAny(() -> new GmailDrafts(testbed.gmail()).create(draft())));
        thrown.add(catchAny(() -> new GmailOutboundMail(testbed.gmail()).send(digest(ANNA))));
        testbed.fake().faults().next(1, Route.TOKEN, Fault.tokenRejected());
        thrown.add(catchAny(() -> new GmailMailboxSource(testbed.gmail(settings -> settings))
                .changes(Mailbox.of(ANNA), Checkpoint.START, 10)));
    }

    private List<String> secretsList() {
        String key = testbed.fake().serviceAccountKeyJson();
        String pem = key.substring(key.indexOf("-----BEGIN PRIVATE KEY-----"));
        String pemLine = pem.split("\\\\n")[3];
        return List.of("PRIVATE KEY", pemLine, testbed.fake().serviceAccount().privateKeyId(), "ya29.", "eyJ",
                "assertion=");
    }

    private String[] secrets() {
        return secretsList().toArray(String[]::new);
    }

    private static Throwable catchAny(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static InternalMail digest(String sender) {
        return new InternalMail(EmailAddress.of(sender), AdminRecipients.allOf(List.of(EmailAddress.of(ANNA))),
                "Digest", "text", "<p>text</p>", new MessageId("<d@fund.example>"));
    }

    private static ReplyDraft draft() {
        return new ReplyDraft(Mailbox.of(ANNA), new GmailThreadId("t1"), EmailAddress.of(ANNA),
                List.of(Participant.of("lea@lp.example")), List.of(), "Re: note", "", List.of(), "Thanks");
    }
}
