package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.RawMail.headers;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.ParsedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeaderDecodingTest {

    private static ParsedMessage withSubject(String subject) {
        return parsed(headers("From: lena@lp.example\nSubject: " + subject + "\n\nbody\n"));
    }

    @Test
    void decodesBase64AndQuotedPrintableWordsInUtf8Latin1AndShiftJis() {
        assertThat(withSubject("=?UTF-8?B?SGVsbG8gV8O2cmxk?=").subject()).isEqualTo("Hello Wörld");
        assertThat(withSubject("=?ISO-8859-1?Q?Gr=FC=DFe?= aus =?iso-8859-1?q?K=F6ln?=").subject())
                .isEqualTo("Grüße aus Köln");
        assertThat(withSubject("=?Shift_JIS?B?k/qWe4zq?=").subject()).isEqualTo("日本語");
    }

    @Test
    void unfoldsFoldedLinesAndJoinsAdjacentEncodedWords() {
        assertThat(withSubject("=?utf-8?q?Quarterly?=\n =?utf-8?q?_report?= for\n\tQ1").subject())
                .isEqualTo("Quarterly report for\tQ1");
    }

    @Test
    void keepsALineBreakAnEncodedWordDecodesToWithoutCrashing() {
        ParsedMessage message = withSubject("=?UTF-8?Q?Hi=0D=0ABcc:_victim@evil.example?=");

        assertThat(message.subject()).isEqualTo("Hi\r\nBcc: victim@evil.example");
        assertThat(message.bcc()).isEmpty();
    }

    @Test
    void leavesAWordInAnUnknownCharsetEncodedAndDecodesTheOthers() {
        ParseOutcome outcome = headers("From: lena@lp.example\nSubject: =?x-klingon?Q?qapla?= =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\n\n");

        assertThat(parsed(outcome).subject()).isEqualTo("=?x-klingon?Q?qapla?=Grüße");
        assertThat(outcome.problems()).contains("Subject: an encoded word in an unknown charset was left encoded");
    }

    @Test
    void readsRawUtf8AndLegacyLatin1HeaderBytes() {
        byte[] utf8 = RawMail.crlf("From: Jörg <j@lp.example>\nSubject: Grüße\n\n");
        byte[] latin1 = RawMail.crlf("From: Jörg <j@lp.example>\nSubject: Grüße\n\n", StandardCharsets.ISO_8859_1);

        for (byte[] raw : new byte[][] {utf8, latin1}) {
            ParsedMessage message = parsed(new MimeMessageParser().parse(RawMail.REF, raw, ParsedMessage.Detail.HEADERS, null));
            assertThat(message.subject()).isEqualTo("Grüße");
            assertThat(message.from().get(0).displayName()).isEqualTo("Jörg");
        }
    }

    @Test
    void passesTheHeadersTheDomainReadsLowerCased() {
        ParsedMessage message = parsed(headers("From: lena@lp.example\nAuto-Submitted: auto-replied\n"
                + "Precedence: bulk\nList-Id: <news.lp.example>\nList-Unsubscribe: <mailto:u@lp.example>\n"
                + "X-Autoreply: yes\nX-Autorespond: yes\nContent-Type: multipart/report;\n report-type=delivery-status;"
                + " boundary=b\nX-Other: not kept\n\n"));

        assertThat(message.headers()).containsOnlyKeys("auto-submitted", "precedence", "list-id", "list-unsubscribe",
                "x-autoreply", "x-autorespond", "content-type");
        assertThat(message.headers().get("content-type")).startsWith("multipart/report; report-type=delivery-status");
        assertThat(message.headers().get("auto-submitted")).isEqualTo("auto-replied");
    }

    @Test
    void readsDatesWithCommonDeviationsAndFallsBackToTheReceivedTime() {
        assertThat(withDate("Mon, 04 Mar 24 09:00 +0100")).isEqualTo("2024-03-04T08:00:00Z");
        assertThat(withDate("Mon, 4 Mar 2024 09:00:00 +0000 (UTC)")).isEqualTo("2024-03-04T09:00:00Z");
        assertThat(withDate("Monday, 4 March 2024 09:00:00 -0500")).isEqualTo("2024-03-04T14:00:00Z");
        assertThat(withDate("2024-03-04T09:00:00+02:00")).isEqualTo("2024-03-04T07:00:00Z");
        assertThat(withDate("Mon Mar  4 09:00:00 2024")).isEqualTo("2024-03-04T09:00:00Z");

        Instant received = Instant.parse("2024-03-05T00:00:00Z");
        ParseOutcome unreadable = new MimeMessageParser().parse(RawMail.REF,
                RawMail.crlf("From: lena@lp.example\nDate: sometime soon\n\n"), ParsedMessage.Detail.HEADERS, received);
        assertThat(parsed(unreadable).sentAt()).contains(received);
        assertThat(unreadable.problems()).anyMatch(problem -> problem.startsWith("Date: unreadable"));
    }

    private static String withDate(String date) {
        return parsed(headers("From: lena@lp.example\nDate: " + date + "\n\n")).sentAt().orElseThrow().toString();
    }
}
