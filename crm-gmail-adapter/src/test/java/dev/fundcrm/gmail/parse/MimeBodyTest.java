package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.RawMail.HEAD;
import static dev.fundcrm.gmail.parse.RawMail.full;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.ParsedMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MimeBodyTest {

    private static final String PDF_BASE64 = "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4K"; // 45 bytes

    @Test
    void aPlainMessageGivesItsText() {
        ParsedMessage message = parsed(full(HEAD + "Content-Type: text/plain; charset=utf-8\n\nHello Anna,\nthe fund.\n"));

        assertThat(message.detail()).isEqualTo(ParsedMessage.Detail.FULL);
        assertThat(message.textExcerpt()).isEqualTo("Hello Anna,\nthe fund.");
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void anHtmlOnlyMessageIsReducedToText() {
        ParsedMessage message = parsed(full(HEAD + "Content-Type: text/html; charset=utf-8\n\n"
                + "<html><head><title>T</title><style>p{color:red}</style></head><body><p>Dear&nbsp;Anna,</p>"
                + "<script>alert('x')</script><div>Q1 &amp; Q2 &mdash; <b>up</b> 5&#37;</div></body></html>\n"));

        assertThat(message.textExcerpt()).isEqualTo("Dear Anna,\nQ1 & Q2 — up 5%");
    }

    @Test
    void alternativePrefersThePlainText() {
        ParsedMessage message = parsed(full(HEAD + "Content-Type: multipart/alternative; boundary=alt\n\n"
                + "--alt\nContent-Type: text/plain; charset=us-ascii\n\nplain version\n"
                + "--alt\nContent-Type: text/html\n\n<p>html version</p>\n--alt--\n"));

        assertThat(message.textExcerpt()).isEqualTo("plain version");
    }

    @Test
    void nestedMixedGivesTheTextAndEveryAttachmentWithItsDecodedSize() {
        ParsedMessage message = parsed(full(HEAD + "Content-Type: multipart/mixed; boundary=outer\n\n"
                + "--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
                + "--inner\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Gr=FC=DFe, see the deck=\n and the LPA.\n"
                + "--inner\nContent-Type: text/html\n\n<p>ignored</p>\n--inner--\n"
                + "--outer\nContent-Type: application/pdf; name=\"deck.pdf\"\nContent-Disposition: attachment;"
                + " filename=\"deck.pdf\"\nContent-Transfer-Encoding: base64\n\n" + PDF_BASE64 + "\n"
                + "--outer\nContent-Type: image/png\nContent-Disposition: inline; filename*=UTF-8''Gr%C3%BC%C3%9Fe.png\n"
                + "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--outer--\n"));

        assertThat(message.textExcerpt()).isEqualTo("Grüße, see the deck and the LPA.");
        assertThat(message.attachments()).containsExactly(new AttachmentMeta("deck.pdf", "application/pdf", 45),
                new AttachmentMeta("Grüße.png", "image/png", 8));
    }

    @Test
    void aBase64BodyIsDecodedInItsCharset() {
        ParsedMessage message = parsed(full(HEAD + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: base64\n\nSGVsbG8gV8O2cmxk\n"));

        assertThat(message.textExcerpt()).isEqualTo("Hello Wörld");
    }

    @Test
    void badBase64InOnePartFlagsThatPartAndKeepsTheRest() {
        ParseOutcome outcome = full(HEAD + "Content-Type: multipart/mixed; boundary=b\n\n"
                + "--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not*base64!!!\n"
                + "--b\nContent-Type: text/plain\n\nsecond part\n"
                + "--b\nContent-Type: application/pdf; name=a.pdf\n\n%PDF\n--b--\n");

        assertThat(parsed(outcome).textExcerpt()).isEqualTo("second part");
        assertThat(parsed(outcome).attachments()).extracting(AttachmentMeta::filename).containsExactly("a.pdf");
        assertThat(outcome.problems()).containsExactly("part 1: its base64 content is malformed");
    }

    @Test
    void anUnknownCharsetOrTransferEncodingInOnePartFlagsThatPartAndKeepsTheRest() {
        byte[] raw = RawMail.crlf(HEAD + "Content-Type: multipart/mixed; boundary=b\n\n"
                + "--b\nContent-Type: text/plain; charset=x-klingon\n\nqapla\n"
                + "--b\nContent-Type: text/plain\nContent-Transfer-Encoding: x-rot13\n\nebg13\n"
                + "--b\nContent-Type: text/plain; charset=windows-1252\n\nkept \u0080\n--b--\n",
                StandardCharsets.ISO_8859_1);
        ParseOutcome outcome = new MimeMessageParser().parse(RawMail.REF, raw, ParsedMessage.Detail.FULL, null);

        assertThat(parsed(outcome).textExcerpt()).isEqualTo("kept €");
        assertThat(outcome.problems()).containsExactly("part 1: its charset is unknown",
                "part 2: its transfer encoding is unknown");
    }

    @Test
    void aNestedMultipartWithoutItsStartBoundaryIsFlaggedTheRestKept() {
        ParseOutcome outcome = full(HEAD + "Content-Type: multipart/mixed; boundary=b\n\n"
                + "--b\nContent-Type: multipart/alternative; boundary=missing\n\nno delimiter here\n"
                + "--b\nContent-Type: text/plain\n\nstill read\n--b--\n");

        assertThat(parsed(outcome).textExcerpt()).isEqualTo("still read");
        assertThat(outcome.problems()).containsExactly("part 1: its multipart body has no start boundary");
    }

    @Test
    void aDeliveryReportKeepsItsContentTypeForTheDomainAndItsExplanation() {
        ParsedMessage message = parsed(full("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
                + "To: anna@fund.example\nSubject: Delivery Status Notification (Failure)\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n"
                + "--r\nContent-Type: text/plain\n\nAddress not found\n"
                + "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\n"
                + "Final-Recipient: rfc822; gone@lp.example\nAction: failed\n"
                + "--r\nContent-Type: message/rfc822\n\nFrom: anna@fund.example\nSubject: hi\n\nhello\n--r--\n"));

        assertThat(message.headers().get("content-type")).startsWith("multipart/report");
        assertThat(message.textExcerpt()).isEqualTo("Address not found");
        assertThat(message.attachments()).extracting(AttachmentMeta::mimeType)
                .containsExactly("message/delivery-status", "message/rfc822");
    }

    @Test
    void atHeadersDetailTheBodyIsNotRead() {
        ParseOutcome outcome = RawMail.headers(HEAD + "Content-Type: text/plain\n\nsecret body\n");

        assertThat(parsed(outcome).textExcerpt()).isEmpty();
        assertThat(parsed(outcome).detail()).isEqualTo(ParsedMessage.Detail.HEADERS);
        assertThat(outcome.partsRead()).isZero();
    }
}
