package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.RawMail.headers;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import org.junit.jupiter.api.Test;

class AddressListTest {

    private static ParseOutcome withTo(String to) {
        return headers("From: lena@lp.example\nTo: " + to + "\n\n");
    }

    @Test
    void anEmptyGroupGivesNoRecipientsAndNoProblem() {
        ParseOutcome outcome = withTo("undisclosed-recipients:;");

        assertThat(parsed(outcome).to()).isEmpty();
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void aGroupGivesItsMembers() {
        assertThat(parsed(withTo("Partners: a@fund.example, \"Ben B\" <b@fund.example>;, c@lp.example")).to())
                .containsExactly(Participant.of("a@fund.example"), Participant.of("Ben B", "b@fund.example"),
                        Participant.of("c@lp.example"));
    }

    @Test
    void quotedDisplayNamesWithCommasAndCommentsAreNotSplit() {
        assertThat(parsed(withTo("\"Doe, Jane\" <jane@lp.example>, bob@lp.example (Bob Smith)")).to())
                .containsExactly(Participant.of("Doe, Jane", "jane@lp.example"),
                        Participant.of("Bob Smith", "bob@lp.example"));
    }

    @Test
    void encodedDisplayNamesAreDecoded() {
        assertThat(parsed(withTo("=?UTF-8?B?SsO2cmc=?= <j@lp.example>")).to())
                .containsExactly(Participant.of("Jörg", "j@lp.example"));
    }

    @Test
    void aUnicodeDomainMatchesItsPunycodeForm() {
        ParsedMessage message = parsed(withTo("Jörg <jörg@bücher.example>"));

        EmailAddress address = message.to().get(0).address();
        assertThat(address).isEqualTo(EmailAddress.of("jörg@xn--bcher-kva.example"));
        assertThat(address.value()).isEqualTo("jörg@bücher.example");
    }

    @Test
    void aMalformedAddressIsSkippedAndNotedTheOthersKept() {
        ParseOutcome outcome = withTo("a@lp.example, not an address, <b@@lp.example>, c@lp.example");

        assertThat(parsed(outcome).to()).extracting(p -> p.address().value())
                .containsExactly("a@lp.example", "c@lp.example");
        assertThat(outcome.problems()).containsExactly("To: an address the domain refuses was skipped");
    }

    @Test
    void everyAddressHeaderIsRead() {
        ParsedMessage message = parsed(headers("From: lena@lp.example\nReply-To: ir@lp.example\nTo: a@fund.example\n"
                + "Cc: b@fund.example\nCc: c@fund.example\nBcc: d@fund.example\n\n"));

        assertThat(message.replyTo()).containsExactly(Participant.of("ir@lp.example"));
        assertThat(message.cc()).extracting(p -> p.address().value()).containsExactly("b@fund.example", "c@fund.example");
        assertThat(message.bcc()).containsExactly(Participant.of("d@fund.example"));
    }
}
