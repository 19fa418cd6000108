package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutomatedMailTest {

    private static ParsedMessage.Builder from(String sender) {
        return ParsedMessage.builder(MessageRef.of("owner@fund.example", "gm-1", "gt-1"))
                .from(Participant.of(sender))
                .to(Participant.of("owner@fund.example"));
    }

    private static ParsedMessage.Builder fromAPerson() {
        return from("jane@lp.example");
    }

    @Test
    void mailFromAPersonWithOrdinaryHeadersIsNotAutomated() {
        ParsedMessage message = fromAPerson().labels(Set.of("INBOX", "IMPORTANT", "CATEGORY_PERSONAL"))
                .header("Content-Type", "multipart/alternative; boundary=x").build();

        assertThat(AutomatedMail.isAutomated(message)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"noreply@lp.example", "no-reply@lp.example", "NoReply@lp.example",
            "mailer-daemon@mx.lp.example", "MAILER-DAEMON@mx.lp.example", "postmaster@lp.example",
            "notifications@github.com", "notifications+abc123@docsend.com"})
    void machineSendersAreAutomated(String sender) {
        assertThat(AutomatedMail.isAutomated(from(sender).build())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jane@lp.example", "reply@lp.example", "noreply.jane@lp.example"})
    void peopleAreNotMachineSenders(String sender) {
        assertThat(AutomatedMail.isAutomated(from(sender).build())).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Auto-Submitted,    auto-replied,  true",
            "Auto-Submitted,    auto-generated, true",
            "Auto-Submitted,    no,            false",
            "Auto-Submitted,    ' No ',        false",
            "Precedence,        bulk,          true",
            "Precedence,        List,          true",
            "Precedence,        first-class,   false",
            "List-Id,           <lps.lp.example>, true",
            "LIST-UNSUBSCRIBE,  <mailto:u@lp.example>, true",
            "Content-Type,      multipart/report; report-type=delivery-status, true",
            "Content-Type,      multipart/mixed, false",
    })
    void headersThatMarkMachineMail(String header, String value, boolean automated) {
        assertThat(AutomatedMail.isAutomated(fromAPerson().header(header, value).build())).isEqualTo(automated);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL", "CATEGORY_UPDATES", "CATEGORY_FORUMS"})
    void gmailsBulkCategoriesAreAutomated(String label) {
        assertThat(AutomatedMail.isAutomated(fromAPerson().labels(Set.of("INBOX", label)).build())).isTrue();
    }
}
