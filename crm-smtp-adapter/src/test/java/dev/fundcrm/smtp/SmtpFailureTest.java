package dev.fundcrm.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.out.DeliveryException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Every way SMTP fails gives a short, safe reason: no password, no server reply, in the exception (with no
 * cause chain to dig in) or in any log line of any logger.
 */
class SmtpFailureTest {

    private static final String PASSWORD = "pa55-Wrong-d0nt-leak";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@fund.example", "digest", "right-pw"))
            .withPerMethodLifecycle(true);

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureThatNamesTheUserNotThePassword() {
        SmtpSettings settings = SmtpTestServers.plain(GREEN_MAIL, "digest", Secret.of(PASSWORD));

        DeliveryException failure = send(settings);

        assertThat(failure.authenticationFailed()).isTrue();
        assertThat(failure.getMessage()).contains("digest", "SMTP_PASSWORD").doesNotContain(PASSWORD);
        assertThat(failure.getCause()).isNull();
        assertNoLogLineContains(PASSWORD);
        assertThat(logMessages()).anyMatch(line -> line.contains("refused the login"));
    }

    @Test
    void aStoppedServerIsAConnectionFailure() {
        SmtpSettings settings = SmtpTestServers.plain(GREEN_MAIL, "digest", Secret.of(PASSWORD));
        GREEN_MAIL.stop();

        DeliveryException failure = send(settings);

        assertThat(failure.authenticationFailed()).isFalse();
        assertThat(failure.getMessage()).startsWith("cannot connect to the SMTP server 127.0.0.1:");
        assertNoLogLineContains(PASSWORD);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    held.add(silent.accept());
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.start();
            SmtpSettings settings = new SmtpSettings("127.0.0.1", silent.getLocalPort(), "digest",
                    Secret.of(PASSWORD), null, SmtpSettings.Security.NONE, Duration.ofMillis(300));

            DeliveryException failure = send(settings);

            assertThat(failure.getMessage()).contains("did not answer");
            assertThat(failure.authenticationFailed()).isFalse();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static DeliveryException send(SmtpSettings settings) {
        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> new SmtpOutboundMail(settings).send(SmtpSecurityTest.mail("<fail@fund.example>")));
        assertThat(failure).as("a DeliveryException").isNotNull();
        return failure;
    }

    private void assertNoLogLineContains(String secret) {
        assertThat(logMessages()).noneMatch(line -> line.contains(secret));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    private List<String> logMessages() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
