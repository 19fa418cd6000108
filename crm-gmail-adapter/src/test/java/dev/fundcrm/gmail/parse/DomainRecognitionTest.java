package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.RawMail.headers;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.HeaderValues;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SkipReason;
import dev.fundcrm.domain.model.Triage;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryContacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parsers pass on is what the domain reads: its triage sees bounces and auto-replies as automated. */
class DomainRecognitionTest {

    private static final String TO_ANNA = "To: anna@fund.example\nMessage-ID: <x@lp.example>\n";

    private final MessageTriage triage = new MessageTriage(FundDomains.of("fund.example"), new InMemoryContacts());

    private Triage triage(String rawHeaders) {
        return triage.classify(parsed(headers(rawHeaders + "\n")), MailboxAccount.of("anna@fund.example"), List.of());
    }

    @Test
    void aDeliveryReportIsAutomatedByItsMediaType() {
        assertThat(triage("From: Delivery <delivery@lp.example>\n" + TO_ANNA
                + "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"r\"\n"))
                .isEqualTo(new Triage.Skip(SkipReason.AUTOMATED));
    }

    @Test
    void anAutoReplyIsAutomatedByItsAutoSubmittedHeader() {
        assertThat(triage("From: Lena <lena@lp.example>\n" + TO_ANNA + "Auto-Submitted: auto-replied\n"))
                .isEqualTo(new Triage.Skip(SkipReason.AUTOMATED));
    }

    @Test
    void aPersonsMessageIsNot() {
        assertThat(triage("From: Lena <lena@lp.example>\n" + TO_ANNA + "Auto-Submitted: no\n"))
                .isNotEqualTo(new Triage.Skip(SkipReason.AUTOMATED));
    }

    @Test
    void aSubjectWithAnEncodedLineBreakIsKeptForTheDomainToRefuseInHeaders() {
        String subject = parsed(headers("From: lena@lp.example\nSubject: =?UTF-8?Q?a=0D=0Ab?=\n\n")).subject();

        assertThat(HeaderValues.isUnsafe(subject)).isTrue();
    }
}
