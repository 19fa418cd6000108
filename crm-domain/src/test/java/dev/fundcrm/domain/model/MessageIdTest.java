package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageIdTest {

    @Test
    void parseReadsOneWellFormedIdIgnoringSurroundingWhiteSpace() {
        assertThat(MessageId.parse("  <CAB1x.Y+z=@mail.gmail.com>\t"))
                .contains(new MessageId("<CAB1x.Y+z=@mail.gmail.com>"));
    }

    @Test
    void caseIsKeptAndCounts() {
        MessageId upper = MessageId.parse("<ABC@lp.example>").orElseThrow();

        assertThat(upper.value()).isEqualTo("<ABC@lp.example>");
        assertThat(upper).isNotEqualTo(new MessageId("<abc@lp.example>"));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   ", "abc@lp.example", "<abc.lp.example>", "<@lp.example>", "<abc@>",
            "<a@b@lp.example>", "<a b@lp.example>", "<abc@lp.example", "<a@lp.example> <b@lp.example>",
            "<a\r@lp.example>", "<<a@lp.example>>"})
    void parseFindsNothingInAMalformedHeader(String header) {
        assertThat(MessageId.parse(header)).isEmpty();
    }

    @Test
    void anIdLongerThanALineIsNotParsed() {
        String longId = "<" + "a".repeat(990) + "@lp.example>";

        assertThat(MessageId.parse(longId)).isEmpty();
    }

    @Test
    void theConstructorRefusesAMalformedIdWithoutItsControlCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MessageId("<a\r\n@lp.example>"))
                .withMessage("malformed Message-ID: '<a??@lp.example>'");
    }

    @Test
    void parseAllKeepsTheWellFormedIdsInOrderSkippingJunkBetweenThem() {
        String references = "junk <one@lp.example>, (comment) <not-an-id>\r\n <two@fund.example><three@x.example>"
                + " <four @x.example> tail";

        assertThat(MessageId.parseAll(references)).extracting(MessageId::value)
                .containsExactly("<one@lp.example>", "<two@fund.example>", "<three@x.example>");
    }

    @Test
    void parseAllKeepsRepeatsForTheCallerToDrop() {
        assertThat(MessageId.parseAll("<one@lp.example> <one@lp.example>")).hasSize(2);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"", "no ids here", "<broken"})
    void parseAllOfAHeaderWithoutIdsIsEmpty(String header) {
        assertThat(MessageId.parseAll(header)).isEmpty();
    }
}
