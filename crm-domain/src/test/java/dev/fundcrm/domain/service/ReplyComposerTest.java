package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.UnsafeHeaderException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyComposerTest {

    private static final MailboxAccount OWNER = MailboxAccount.of("owner@fund.example", "olivia@fund.vc");
    private static final GmailThreadId THREAD = new GmailThreadId("thread-in-owner-mailbox");
    private static final String HOSTILE = "\r\nBcc: spy@attacker.example";

    private static ParsedMessage.Builder message() {
        return ParsedMessage.builder(MessageRef.of("owner@fund.example", "gm-1", "gt-1"))
                .messageId("<original@lp.example>")
                .subject("Fund III capital call")
                .from(Participant.of("Jane Doe", "jane@lp.example"))
                .to(Participant.of("owner@fund.example"));
    }

    private static ReplyDraft reply(ParsedMessage original) {
        return ReplyComposer.compose(original, THREAD, OWNER, ReplyMode.REPLY, "Thanks!");
    }

    private static ReplyDraft replyAll(ParsedMessage original) {
        return ReplyComposer.compose(original, THREAD, OWNER, ReplyMode.REPLY_ALL, "Thanks!");
    }

    private static List<String> addresses(List<Participant> participants) {
        return participants.stream().map(p -> p.address().value()).toList();
    }

    @Test
    void replyGoesToTheSender() {
        ReplyDraft draft = reply(message().build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example");
        assertThat(draft.to().get(0).displayName()).isEqualTo("Jane Doe");
        assertThat(draft.cc()).isEmpty();
    }

    @Test
    void replyToIsPreferredOverFrom() {
        ReplyDraft draft = reply(message().replyTo(Participant.of("assistant@lp.example")).build());

        assertThat(addresses(draft.to())).containsExactly("assistant@lp.example");
    }

    @Test
    void replyGoesToEveryReplyToAddress() {
        ReplyDraft draft = reply(message()
                .replyTo(Participant.of("assistant@lp.example"), Participant.of("ir@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("assistant@lp.example", "ir@lp.example");
    }

    @Test
    void replyLeavesOutTheOtherRecipients() {
        ReplyDraft draft = reply(message()
                .to(Participant.of("owner@fund.example"), Participant.of("bob@lp.example"))
                .cc(Participant.of("carol@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example");
        assertThat(draft.cc()).isEmpty();
    }

    @Test
    void replyAllAddsTheOriginalToAndCc() {
        ReplyDraft draft = replyAll(message()
                .to(Participant.of("owner@fund.example"), Participant.of("bob@lp.example"))
                .cc(Participant.of("carol@lp.example"), Participant.of("dan@other.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example", "bob@lp.example");
        assertThat(addresses(draft.cc())).containsExactly("carol@lp.example", "dan@other.example");
    }

    @Test
    void replyAllUsesReplyToInsteadOfFrom() {
        ReplyDraft draft = replyAll(message()
                .replyTo(Participant.of("assistant@lp.example"))
                .to(Participant.of("owner@fund.example"), Participant.of("bob@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("assistant@lp.example", "bob@lp.example");
    }

    @Test
    void replyAllWithoutCcHasNoCc() {
        ReplyDraft draft = replyAll(message().to(Participant.of("owner@fund.example"), Participant.of("bob@lp.example"))
                .build());

        assertThat(draft.cc()).isEmpty();
    }

    @Test
    void theSamePersonInDifferentCaseAppearsOnceAsFirstWritten() {
        ReplyDraft draft = replyAll(message()
                .replyTo(Participant.of("Jane", "Jane@LP.example"))
                .to(Participant.of("jane@lp.example"), Participant.of("Bob@lp.example"), Participant.of("BOB@lp.example"))
                .cc(Participant.of("JANE@lp.example"), Participant.of("carol@lp.example"), Participant.of("Carol@LP.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("Jane@LP.example", "Bob@lp.example");
        assertThat(draft.to().get(0).displayName()).isEqualTo("Jane");
        assertThat(addresses(draft.cc())).containsExactly("carol@lp.example");
    }

    @Test
    void anAddressInToAndCcStaysInTo() {
        ReplyDraft draft = replyAll(message()
                .to(Participant.of("bob@lp.example"))
                .cc(Participant.of("Bob@LP.example"), Participant.of("carol@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example", "bob@lp.example");
        assertThat(addresses(draft.cc())).containsExactly("carol@lp.example");
    }

    @Test
    void theOwnerAndTheOwnersAliasesAreLeftOutByTheirNormalizedForm() {
        ReplyDraft draft = replyAll(message()
                .to(Participant.of("Owner+x@fund.example"), Participant.of("bob@lp.example"))
                .cc(Participant.of("OWNER@fund.example"), Participant.of("olivia+lp@fund.vc"),
                        Participant.of("Olivia@Fund.VC"), Participant.of("carol@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example", "bob@lp.example");
        assertThat(addresses(draft.cc())).containsExactly("carol@lp.example");
    }

    @Test
    void replyToAMessageTheOwnerSentGoesToItsTo() {
        ReplyDraft draft = reply(message()
                .from(Participant.of("owner@fund.example"))
                .to(Participant.of("jane@lp.example"), Participant.of("bob@lp.example"))
                .cc(Participant.of("carol@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example", "bob@lp.example");
        assertThat(draft.cc()).isEmpty();
    }

    @Test
    void replyAllToAMessageTheOwnerSentGoesToItsToAndCc() {
        ReplyDraft draft = replyAll(message()
                .from(Participant.of("Olivia", "olivia@fund.vc"))
                .to(Participant.of("jane@lp.example"))
                .cc(Participant.of("carol@lp.example"), Participant.of("owner@fund.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("jane@lp.example");
        assertThat(addresses(draft.cc())).containsExactly("carol@lp.example");
    }

    @Test
    void whenToEndsEmptyTheCcMovesToTo() {
        ReplyDraft draft = replyAll(message()
                .from(Participant.of("owner@fund.example"))
                .to(Participant.of("olivia@fund.vc"))
                .cc(Participant.of("carol@lp.example"), Participant.of("dan@lp.example"))
                .build());

        assertThat(addresses(draft.to())).containsExactly("carol@lp.example", "dan@lp.example");
        assertThat(draft.cc()).isEmpty();
    }

    @Test
    void aMessageToNoOneButTheOwnerCannotBeAnsweredInThread() {
        ParsedMessage noteToSelf = message()
                .from(Participant.of("owner@fund.example"))
                .to(Participant.of("Owner+notes@fund.example"))
                .cc(Participant.of("olivia@fund.vc"))
                .build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> replyAll(noteToSelf))
                .withMessageContaining("every recipient is the mailbox owner");
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Fund III              | Re: Fund III",
            "Re: Fund III          | Re: Fund III",
            "Re: Re: Fund III      | Re: Fund III",
            "RE: Fund III          | Re: Fund III",
            "re:Fund III           | Re: Fund III",
            "Re : Fund III         | Re: Fund III",
            "\"  Re:   Fund III  \" | Re: Fund III",
            "\"\"                  | \"Re: \"",
            "Fwd: Fund III         | Re: Fwd: Fund III",
            "Re: Fwd: Re: Fund III | Re: Fwd: Re: Fund III",
            "Rebalancing: Q3       | Re: Rebalancing: Q3",
    })
    void theSubjectGetsExactlyOneRe(String original, String expected) {
        ReplyDraft draft = reply(message().subject(original).build());

        assertThat(draft.subject()).isEqualTo(expected);
    }

    @Test
    void inReplyToIsTheOriginalMessageId() {
        ReplyDraft draft = reply(message().messageId("  <original@lp.example> ").build());

        assertThat(draft.inReplyTo()).isEqualTo("<original@lp.example>");
    }

    @Test
    void referencesAreTheOriginalWellFormedReferencesOnceInOrderThenItsMessageId() {
        ReplyDraft draft = reply(message()
                .references("<first@lp.example> junk <not-an-id> <second@fund.example>,<first@lp.example>\t<third@x.example>")
                .build());

        assertThat(draft.references()).extracting(MessageId::value).containsExactly(
                "<first@lp.example>", "<second@fund.example>", "<third@x.example>", "<original@lp.example>");
    }

    @Test
    void withoutReferencesTheOriginalMessageIdIsTheOnlyReference() {
        ReplyDraft draft = reply(message().build());

        assertThat(draft.references()).extracting(MessageId::value).containsExactly("<original@lp.example>");
    }

    @Test
    void withoutReferencesTheOriginalsInReplyToStandsInForThem() {
        ReplyDraft draft = reply(message().inReplyTo("<parent@fund.example>").build());

        assertThat(draft.references()).extracting(MessageId::value)
                .containsExactly("<parent@fund.example>", "<original@lp.example>");
    }

    @Test
    void aLineBreakInTheInReplyToIsRefused() {
        assertThatThrownBy(() -> reply(message().inReplyTo("<parent@fund.example>" + HOSTILE).build()))
                .isInstanceOf(UnsafeHeaderException.class);
    }

    @ParameterizedTest(name = "Message-ID ''{0}''")
    @ValueSource(strings = {"", "original@lp.example", "<no-at-sign>", "<two ids@x.example> <more@x.example>"})
    void aMalformedMessageIdIsLeftOutAndTheDraftIsStillMade(String messageId) {
        ReplyDraft draft = reply(message().messageId(messageId).references("<earlier@lp.example>").build());

        assertThat(draft.inReplyTo()).isEmpty();
        assertThat(draft.references()).extracting(MessageId::value).containsExactly("<earlier@lp.example>");
        assertThat(addresses(draft.to())).containsExactly("jane@lp.example");
    }

    @ParameterizedTest(name = "subject with U+{0}")
    @ValueSource(strings = {"\r", "\n", "\u0000"})
    void aLineBreakOrNulInTheSubjectIsRefusedWithoutEchoingIt(String bad) {
        ParsedMessage hostile = message().subject("Capital call" + bad + "Bcc: spy@attacker.example").build();

        assertThatThrownBy(() -> reply(hostile))
                .isInstanceOf(UnsafeHeaderException.class)
                .hasMessageContaining("Subject")
                .hasMessageNotContaining("attacker");
    }

    @Test
    void aLineBreakInARecipientsDisplayNameIsRefused() {
        ParsedMessage hostile = message().from(Participant.of("Jane" + HOSTILE, "jane@lp.example")).build();

        assertThatThrownBy(() -> reply(hostile))
                .isInstanceOf(UnsafeHeaderException.class)
                .hasMessageNotContaining("attacker");
    }

    @Test
    void aLineBreakInACcDisplayNameIsRefused() {
        ParsedMessage hostile = message().cc(Participant.of("Carol" + HOSTILE, "carol@lp.example")).build();

        assertThatThrownBy(() -> replyAll(hostile))
                .isInstanceOf(UnsafeHeaderException.class)
                .satisfies(e -> assertThat(((UnsafeHeaderException) e).header()).isEqualTo("Cc"))
                .hasMessageNotContaining("attacker");
    }

    @Test
    void aLineBreakInTheMessageIdIsRefused() {
        ParsedMessage hostile = message().messageId("<original@lp.example>" + HOSTILE).build();

        assertThatThrownBy(() -> reply(hostile))
                .isInstanceOf(UnsafeHeaderException.class)
                .hasMessageNotContaining("attacker");
    }

    @Test
    void aLineBreakInTheReferencesIsRefused() {
        ParsedMessage hostile = message().references("<earlier@lp.example>" + HOSTILE).build();

        assertThatThrownBy(() -> reply(hostile))
                .isInstanceOf(UnsafeHeaderException.class)
                .satisfies(e -> assertThat(((UnsafeHeaderException) e).header()).isEqualTo("References"))
                .hasMessageNotContaining("attacker");
    }

    @Test
    void theDraftIsFromTheMailboxInTheGivenThread() {
        ParsedMessage original = ParsedMessage.builder(MessageRef.of("owner@fund.example", "gm-1", "other-thread"))
                .messageId("<original@lp.example>")
                .from(Participant.of("jane@lp.example"))
                .to(Participant.of("Owner+lp@fund.example"))
                .build();

        ReplyDraft draft = ReplyComposer.compose(original, THREAD, OWNER, ReplyMode.REPLY, "See you Tuesday.");

        assertThat(draft.from()).isEqualTo(EmailAddress.of("owner@fund.example"));
        assertThat(draft.from().value()).isEqualTo("owner@fund.example");
        assertThat(draft.mailbox()).isEqualTo(OWNER.mailbox());
        assertThat(draft.threadId()).isEqualTo(THREAD);
        assertThat(draft.body()).isEqualTo("See you Tuesday.");
    }
}
