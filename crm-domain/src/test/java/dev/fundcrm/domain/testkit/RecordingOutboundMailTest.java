package dev.fundcrm.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.contract.OutboundMailContract;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The recording transport runs the contract, and fails until it recovers. */
final class RecordingOutboundMailTest extends OutboundMailContract {

    private final RecordingOutboundMail transport = new RecordingOutboundMail("smtp");

    @Override
    protected OutboundMail subject() {
        return transport;
    }

    @Override
    protected List<DeliveredMail> delivered() {
        return transport.sent().stream()
                .map(mail -> new DeliveredMail(mail.from().canonical(),
                        mail.to().addresses().stream().map(EmailAddress::canonical).collect(Collectors.toSet()),
                        mail.subject(), mail.messageId().value(), mail.text()))
                .toList();
    }

    @Override
    protected OutboundMail failingToAuthenticate() {
        transport.failWith(new DeliveryException("smtp: 535 authentication failed", true));
        return transport;
    }

    @Override
    protected OutboundMail failingToConnect() {
        transport.failWith(new DeliveryException("smtp: connection refused", false));
        return transport;
    }

    @Test
    void failsEverySendUntilItRecoversAndCountsEveryAttempt() {
        DeliveryException down = new DeliveryException("smtp: connection refused", false);
        transport.failWith(down);

        assertThatThrownBy(() -> transport.send(mail())).isSameAs(down);
        assertThatThrownBy(() -> transport.send(mail())).isSameAs(down);
        transport.recover();
        transport.send(mail());

        assertThat(transport.attempts()).isEqualTo(3);
        assertThat(transport.sent()).containsExactly(mail());
        assertThat(transport.name()).isEqualTo("smtp");
    }

    private static InternalMail mail() {
        List<EmailAddress> admins = List.of(EmailAddress.of("anna@fund.example"));
        return new InternalMail(admins.get(0), AdminRecipients.allOf(admins), "Digest", "text", "",
                new MessageId("<digest@fund.example>"));
    }
}
