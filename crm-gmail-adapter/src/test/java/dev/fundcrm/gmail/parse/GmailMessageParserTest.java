package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.GmailMessages.attachment;
import static dev.fundcrm.gmail.parse.GmailMessages.header;
import static dev.fundcrm.gmail.parse.GmailMessages.message;
import static dev.fundcrm.gmail.parse.GmailMessages.multipart;
import static dev.fundcrm.gmail.parse.GmailMessages.text;
import static dev.fundcrm.gmail.parse.GmailMessages.top;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static dev.fundcrm.gmail.parse.RawMail.unparseable;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GmailMessageParserTest {

    private final GmailMessageParser parser = new GmailMessageParser();

    private ParseOutcome headers(Message message) {
        return parser.parse(RawMail.REF, message, ParsedMessage.Detail.HEADERS);
    }

    private ParseOutcome full(Message message) {
        return parser.parse(RawMail.REF, message, ParsedMessage.Detail.FULL);
    }

    @Test
    void aMetadataMessageGivesHeadersAndLabels() {
        ParsedMessage message = parsed(headers(message(top("multipart/alternative",
                header("Subject", "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=")), "INBOX", "CATEGORY_UPDATES")));

        assertThat(message.detail()).isEqualTo(ParsedMessage.Detail.HEADERS);
        assertThat(message.ref()).isEqualTo(RawMail.REF);
        assertThat(message.from()).containsExactly(Participant.of("Lena Partner", "lena@lp.example"));
        assertThat(message.subject()).isEqualTo("Fund III");
        assertThat(message.sentAt()).contains(Instant.parse("2024-03-04T09:00:00Z"));
        assertThat(message.labels()).containsExactlyInAnyOrder("INBOX", "CATEGORY_UPDATES");
        assertThat(message.headers()).containsEntry("content-type", "multipart/alternative");
    }

    @Test
    void withoutADateHeaderTheInternalDateIsTaken() {
        MessagePart payload = top("text/plain");
        payload.setHeaders(payload.getHeaders().stream().filter(h -> !h.getName().equals("Date")).toList());

        assertThat(parsed(headers(message(payload))).sentAt())
                .contains(Instant.ofEpochMilli(GmailMessages.INTERNAL_DATE));
    }

    @Test
    void aFullMessageGivesThePlainTextInItsCharsetAndTheAttachmentsFromTheirSize() {
        ParsedMessage message = parsed(full(message(multipart(top("multipart/mixed"),
                multipart("multipart/alternative", text("text/plain", "ISO-8859-1", "Grüße aus Köln"),
                        text("text/html", "UTF-8", "<p>html</p>")),
                attachment("deck.pdf", "application/pdf", 182_044)))));

        assertThat(message.detail()).isEqualTo(ParsedMessage.Detail.FULL);
        assertThat(message.textExcerpt()).isEqualTo("Grüße aus Köln");
        assertThat(message.attachments()).containsExactly(new AttachmentMeta("deck.pdf", "application/pdf", 182_044));
    }

    @Test
    void anHtmlOnlyMessageIsReducedToText() {
        assertThat(parsed(full(message(multipart(top("multipart/related"),
                text("text/html", "UTF-8", "<div>Dear Anna,<br>the K&ouml;ln office</div>"),
                attachment("logo.png", "image/png", 900))))).textExcerpt())
                .isEqualTo("Dear Anna,\nthe Köln office");
    }

    @Test
    void badDataOrAnUnknownCharsetInOnePartFlagsThatPartAndKeepsTheRest() {
        MessagePart broken = text("text/plain", "UTF-8", "x");
        broken.getBody().setData("not*base64url!");
        ParseOutcome outcome = full(message(multipart(top("multipart/mixed"), broken,
                text("text/plain", "x-klingon", new byte[] {65}), text("text/plain", "UTF-8", "kept"))));

        assertThat(parsed(outcome).textExcerpt()).isEqualTo("kept");
        assertThat(outcome.problems()).containsExactly("part 1: its base64 data is malformed",
                "part 2: its charset is unknown");
    }

    @Test
    void textGmailHoldsAsAnAttachmentIsNotDownloadedAndIsNoted() {
        MessagePart large = text("text/plain", "UTF-8", "x");
        large.getBody().setData(null).setAttachmentId("ANGjdJ9");

        ParseOutcome outcome = full(message(multipart(top("multipart/mixed"), large)));

        assertThat(outcome.problems()).containsExactly(
                "part 1: its text is held as an attachment, which is never downloaded");
    }

    @Test
    void aDeliveryReportPassesItsMediaTypeToTheDomain() {
        ParsedMessage message = parsed(headers(message(top("multipart/report",
                header("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"b\""),
                header("Auto-Submitted", "auto-replied")))));

        assertThat(message.headers()).containsEntry("auto-submitted", "auto-replied")
                .containsEntry("content-type", "multipart/report; report-type=delivery-status; boundary=\"b\"");
    }

    @Test
    void aMessageWithoutPayloadOrWithNullsEverywhereIsNeverAnException() {
        assertThat(unparseable(headers(new Message())).reason()).isEqualTo("Gmail returned the message without a payload");
        assertThat(unparseable(full(null)).reason()).isEqualTo("Gmail returned the message without a payload");

        MessagePart empty = new MessagePart().setParts(Arrays.asList(new MessagePart(), null,
                new MessagePart().setMimeType("text/plain").setBody(new MessagePartBody())));
        empty.setHeaders(Arrays.asList(null, header(null, "x"), header("From", null),
                header("Message-ID", "<only@lp.example>")));
        ParseOutcome outcome = full(new Message().setPayload(empty.setMimeType("multipart/mixed")));

        assertThat(parsed(outcome).messageIdHeader()).isEqualTo("<only@lp.example>");
        assertThat(parsed(outcome).from()).isEmpty();
    }

    @Test
    void nestingBeyondTheDepthLimitIsNotWalked() {
        MessagePart deepest = text("text/plain", "UTF-8", "deep text");
        for (int level = 0; level < 8_000; level++) {
            deepest = multipart("multipart/mixed", deepest);
        }
        ParseOutcome outcome = full(message(multipart(top("multipart/mixed"), deepest)));

        assertThat(outcome.partsRead()).isLessThanOrEqualTo(ParseLimits.DEFAULT.maxDepth() + 1);
        assertThat(unparseable(outcome).reason())
                .isEqualTo("its MIME structure exceeds the parse limits before any text or attachment");
    }

    @Test
    void partsBeyondThePartLimitAreNotWalked() {
        MessagePart[] parts = new MessagePart[10_000];
        parts[0] = text("text/plain", "UTF-8", "the text");
        for (int i = 1; i < parts.length; i++) {
            parts[i] = attachment("f" + i + ".bin", "application/octet-stream", 1);
        }
        ParseOutcome outcome = full(message(multipart(top("multipart/mixed"), parts)));

        assertThat(outcome.partsRead()).isEqualTo(ParseLimits.DEFAULT.maxParts());
        assertThat(parsed(outcome).attachments()).hasSize(ParseLimits.DEFAULT.maxParts() - 2);
        assertThat(outcome.problems()).containsExactly("more than 1000 MIME parts: the rest were not read");
    }

    @Test
    void headersBeyondTheByteLimitAreNotRead() {
        MessagePart payload = top("text/plain");
        List<MessagePartHeader> headers = new ArrayList<>(payload.getHeaders());
        for (int i = 0; i < 100; i++) {
            headers.add(header("X-Filler", "f".repeat(1_000)));
        }
        headers.add(header("List-Id", "<late.lp.example>"));

        ParseOutcome outcome = headers(message(payload.setHeaders(headers)));

        assertThat(parsed(outcome).subject()).isEqualTo("Fund III");
        assertThat(parsed(outcome).headers()).doesNotContainKey("list-id");
        assertThat(outcome.problems()).containsExactly("header section longer than 65536 bytes: the rest was not read");
    }
}
