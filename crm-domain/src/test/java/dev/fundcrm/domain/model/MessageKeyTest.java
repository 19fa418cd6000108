package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageKeyTest {

    private static final MessageRef IN_JANES_MAILBOX = MessageRef.of("jane@fund.example", "gm-jane", "gt-jane");
    private static final MessageRef IN_BOBS_MAILBOX = MessageRef.of("bob@fund.example", "gm-bob", "gt-bob");

    private static ParsedMessage.Builder message(String messageId) {
        return ParsedMessage.builder(IN_JANES_MAILBOX)
                .messageId(messageId)
                .from(Participant.of("lp@lp.example"))
                .to(Participant.of("jane@fund.example"))
                .cc(Participant.of("bob@fund.example"))
                .subject("Quarterly report")
                .sentAt(Instant.parse("2026-03-02T09:15:00Z"));
    }

    @Test
    void theSameMessageIdInTwoMailboxesGivesOneKey() {
        ParsedMessage janes = message("<q1@lp.example>").build();
        ParsedMessage bobs = janes.withRef(IN_BOBS_MAILBOX);

        assertThat(janes.key()).isEqualTo(bobs.key());
        assertThat(janes.key().value()).isEqualTo("mid:<q1@lp.example>");
    }

    @ParameterizedTest(name = "Message-ID ''{0}''")
    @ValueSource(strings = {"", "q1@lp.example", "<q1 lp.example>"})
    void withoutAWellFormedMessageIdTheKeyIsAContentHashSharedByEveryCopy(String messageId) {
        ParsedMessage janes = message(messageId).build();
        ParsedMessage bobs = janes.withRef(IN_BOBS_MAILBOX);

        assertThat(janes.key().value()).matches("sha256:[0-9a-f]{64}");
        assertThat(bobs.key()).isEqualTo(janes.key());
    }

    @Test
    void theContentHashIgnoresRecipientOrderAndCase() {
        ParsedMessage one = message("").to(Participant.of("jane@fund.example"), Participant.of("bob@fund.example")).build();
        ParsedMessage other = message("").to(Participant.of("BOB@fund.example"), Participant.of("jane@fund.example")).build();

        assertThat(one.key()).isEqualTo(other.key());
    }

    @Test
    void aBccSeenOnlyInTheSendersCopyDoesNotChangeTheKey() {
        ParsedMessage sendersCopy = message("").bcc(List.of(Participant.of("ops@fund.example"))).build();
        ParsedMessage recipientsCopy = message("").build().withRef(IN_BOBS_MAILBOX);

        assertThat(sendersCopy.key()).isEqualTo(recipientsCopy.key());
    }

    @Test
    void aDifferentSubjectGivesADifferentKey() {
        assertThat(message("").subject("Quarterly report (corrected)").build().key())
                .isNotEqualTo(message("").build().key());
    }

    @Test
    void aDifferentDateGivesADifferentKey() {
        assertThat(message("").sentAt(Instant.parse("2026-03-03T09:15:00Z")).build().key())
                .isNotEqualTo(message("").build().key());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "<q1@lp.example>", "id:<q1@lp.example>", "sha1:abc"})
    void aKeyMustStartWithMidOrSha256(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageKey(value)).withMessageContaining("'mid:'");
    }
}
