package dev.fundcrm.gmail;

import dev.fundcrm.domain.contract.OutboundMailContract;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.gmail.fake.SentMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * GmailOutboundMail keeps the OutboundMail contract against the fake Gmail: what arrived is read back from the
 * raw MIME of {@code messages.send}; refused credentials are a grant without {@code gmail.compose}; an
 * unreachable server is a root URL where nothing listens.
 */
class GmailOutboundMailContractTest extends OutboundMailContract {

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailOutboundMail outbound = new GmailOutboundMail(testbed.gmail());

    @BeforeEach
    void mailboxes() {
        testbed.fake().user("anna@fund.example");
        testbed.fake().user("ben@fund.example");
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Override
    protected OutboundMail subject() {
        return outbound;
    }

    @Override
    protected List<DeliveredMail> delivered() {
        return testbed.fake().sent().stream().map(GmailOutboundMailContractTest::delivered).toList();
    }

    @Override
    protected OutboundMail failingToAuthenticate() {
        testbed.fake().revokeGrant(testbed.gmail().clientId())
                .grant(testbed.gmail().clientId(), com.google.api.services.gmail.GmailScopes.GMAIL_READONLY);
        return new GmailOutboundMail(testbed.gmail());
    }

    @Override
    protected OutboundMail failingToConnect() {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/");
        return new GmailOutboundMail(testbed.gmail(settings -> settings.withEndpoints(nowhere, settings.tokenUri())));
    }

    private static DeliveredMail delivered(SentMessage sent) {
        RawMime mime = new RawMime(sent.raw());
        return new DeliveredMail(mime.addresses("From").get(0), Set.copyOf(mime.addresses("To")), mime.subject(),
                mime.header("Message-ID"), mime.text());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
