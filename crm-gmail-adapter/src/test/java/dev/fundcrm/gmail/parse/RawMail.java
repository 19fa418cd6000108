package dev.fundcrm.gmail.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Raw messages for the parser tests: written with LF, sent with CRLF as on the wire. */
final class RawMail {

    static final MessageRef REF = MessageRef.of("anna@fund.example", "m1", "t1");
    static final String HEAD = "From: Lena Partner <lena@lp.example>\nTo: anna@fund.example\n"
            + "Message-ID: <m1@lp.example>\nDate: Mon, 4 Mar 2024 09:00:00 +0000\nSubject: Fund III\n";

    private RawMail() {
    }

    static byte[] crlf(String message) {
        return crlf(message, StandardCharsets.UTF_8);
    }

    static byte[] crlf(String message, Charset charset) {
        return message.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(charset);
    }

    static ParseOutcome full(String message) {
        return new MimeMessageParser().parse(REF, crlf(message), ParsedMessage.Detail.FULL, null);
    }

    static ParseOutcome headers(String message) {
        return new MimeMessageParser().parse(REF, crlf(message), ParsedMessage.Detail.HEADERS, null);
    }

    static ParsedMessage parsed(ParseOutcome outcome) {
        assertThat(outcome.fetched()).isInstanceOf(FetchedMessage.Parsed.class);
        return ((FetchedMessage.Parsed) outcome.fetched()).message();
    }

    static FetchedMessage.Unparseable unparseable(ParseOutcome outcome) {
        assertThat(outcome.fetched()).isInstanceOf(FetchedMessage.Unparseable.class);
        return (FetchedMessage.Unparseable) outcome.fetched();
    }
}
