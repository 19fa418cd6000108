package dev.fundcrm.smtp;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.fundcrm.domain.contract.OutboundMailContract;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.port.out.OutboundMail;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP transport keeps {@link OutboundMail}'s contract against GreenMail, a real SMTP server. */
class SmtpOutboundMailTest extends OutboundMailContract {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@fund.example", "digest", "s3cret-pw"))
            .withPerMethodLifecycle(true);

    @Override
    protected OutboundMail subject() {
        return new SmtpOutboundMail(SmtpTestServers.plain(GREEN_MAIL, "digest", Secret.of("s3cret-pw")));
    }

    @Override
    protected List<DeliveredMail> delivered() {
        return SmtpTestServers.delivered(GREEN_MAIL.getReceivedMessages());
    }

    @Override
    protected OutboundMail failingToAuthenticate() {
        return new SmtpOutboundMail(SmtpTestServers.plain(GREEN_MAIL, "digest", Secret.of("wrong-pw")));
    }

    @Override
    protected OutboundMail failingToConnect() {
        return new SmtpOutboundMail(SmtpTestServers.closedPort());
    }
}
