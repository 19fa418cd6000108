package dev.fundcrm.gmail.parse;

import static dev.fundcrm.gmail.parse.RawMail.HEAD;
import static dev.fundcrm.gmail.parse.RawMail.crlf;
import static dev.fundcrm.gmail.parse.RawMail.parsed;
import static dev.fundcrm.gmail.parse.RawMail.unparseable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Quarantined;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile structure costs bounded work: the parts visited are counted, and times printed for the record. */
class MimeLimitsTest {

    private final MimeMessageParser parser = new MimeMessageParser();

    @Test
    void multipartNestedEightThousandDeepIsReadOnlyToTheDepthLimitAndQuarantined() {
        byte[] raw = crlf(nested(8_000));

        ParseOutcome full = timed("8,000-deep multipart", raw);

        assertThat(full.partsRead()).isLessThanOrEqualTo(ParseLimits.DEFAULT.maxDepth() + 1);
        assertThat(unparseable(full).reason())
                .isEqualTo("its MIME structure exceeds the parse limits before any text or attachment");
        assertThat(unparseable(full).partial()).contains("Subject: Fund III");
        assertThat(full.problems()).contains("multipart nesting deeper than 50 levels: the parts below were not read");
        assertThat(parsed(parser.parse(RawMail.REF, raw, ParsedMessage.Detail.HEADERS, null)).subject())
                .isEqualTo("Fund III");
    }

    @Test
    void textAboveTheDepthLimitIsKeptAndTheMessageFlagged() {
        String message = nested(200).replace("--b0\n", "--b0\nContent-Type: text/plain\n\nabove the limit\n--b0\n");

        ParseOutcome outcome = parser.parse(RawMail.REF, crlf(message), ParsedMessage.Detail.FULL, null);

        assertThat(parsed(outcome).textExcerpt()).isEqualTo("above the limit");
        assertThat(outcome.problems()).contains("multipart nesting deeper than 50 levels: the parts below were not read");
    }

    @Test
    void tenThousandPartsAreReadOnlyToThePartLimit() {
        StringBuilder message = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=p\n\n"
                + "--p\nContent-Type: text/plain\n\nthe text\n");
        for (int i = 1; i < 10_000; i++) {
            message.append("--p\nContent-Type: application/octet-stream; name=f").append(i).append(".bin\n\nx\n");
        }
        byte[] raw = crlf(message.append("--p--\n").toString());

        ParseOutcome outcome = timed("10,000 parts", raw);

        assertThat(outcome.partsRead()).isEqualTo(ParseLimits.DEFAULT.maxParts());
        assertThat(parsed(outcome).textExcerpt()).isEqualTo("the text");
        assertThat(parsed(outcome).attachments()).hasSize(ParseLimits.DEFAULT.maxParts() - 2);
        assertThat(outcome.problems()).containsExactly("more than 1000 MIME parts: the rest were not read");
    }

    @Test
    void thePrescanCutsTheMessageBeforeThePartOverTheLimit() {
        String message = HEAD + "Content-Type: multipart/mixed; boundary=p\n\n" + "--p\n\nx\n".repeat(20) + "--p--\n";
        byte[] raw = message.getBytes(StandardCharsets.US_ASCII);
        ParseLimits limits = new ParseLimits(50, 10, 64 * 1024, 100);
        HeaderSection section = HeaderSection.read(raw, limits, new Problems());

        MultipartPrescan.Result result = MultipartPrescan.prescan(raw, section.bodyOffset(),
                MediaType.parse("multipart/mixed; boundary=p"), limits, new Problems());

        assertThat(result.cut()).isTrue();
        assertThat(new String(result.bytes(), StandardCharsets.US_ASCII).substring(section.bodyOffset()))
                .isEqualTo("--p\n\nx\n".repeat(9));
    }

    @Test
    void headersBeyondOneHundredKilobytesAreNotReadAndTheMessageStillParses() {
        String filler = "X-Filler: " + "f".repeat(990) + "\n";
        ParseOutcome outcome = parser.parse(RawMail.REF, crlf(HEAD + filler.repeat(100) + "X-Late: yes\n\nbody\n"),
                ParsedMessage.Detail.FULL, null);

        assertThat(parsed(outcome).subject()).isEqualTo("Fund III");
        assertThat(parsed(outcome).textExcerpt()).isEqualTo("body");
        assertThat(outcome.problems()).containsExactly("header section longer than 65536 bytes: the rest was not read");
    }

    @Test
    void aMessageWhoseSenderAndIdLieBeyondTheHeaderLimitIsQuarantinedWithACappedPreview() {
        String filler = "X-Filler: " + "f".repeat(990) + "\n";
        ParseOutcome outcome = parser.parse(RawMail.REF, crlf(filler.repeat(100) + HEAD + "\nbody\n"),
                ParsedMessage.Detail.HEADERS, null);

        assertThat(unparseable(outcome).reason()).isEqualTo("neither a sender address nor a Message-ID could be read");
        assertThat(unparseable(outcome).partial()).startsWith("X-Filler: fff").hasSizeLessThanOrEqualTo(Quarantined.PARTIAL_LIMIT);
    }

    @Test
    void tooManyHeaderFieldsAreNotRead() {
        ParseOutcome outcome = parser.parse(RawMail.REF, crlf(HEAD + "X-A: 1\n".repeat(2_000) + "\n"),
                ParsedMessage.Detail.HEADERS, null);

        assertThat(parsed(outcome).subject()).isEqualTo("Fund III");
        assertThat(outcome.problems()).containsExactly("more than 1000 header fields: the rest were not read");
    }

    /** Parses twice at FULL detail, printing both times (the first includes class loading), for the record. */
    private ParseOutcome timed(String what, byte[] raw) {
        long started = System.nanoTime();
        parser.parse(RawMail.REF, raw, ParsedMessage.Detail.FULL, null);
        long first = System.nanoTime();
        ParseOutcome outcome = parser.parse(RawMail.REF, raw, ParsedMessage.Detail.FULL, null);
        long second = System.nanoTime();
        System.out.printf("%s (%,d bytes): parsed in %d ms, again in %d ms%n", what, raw.length,
                (first - started) / 1_000_000, (second - first) / 1_000_000);
        return outcome;
    }

    /** A message whose body is multipart nested {@code depth} deep, with text only at the bottom. */
    static String nested(int depth) {
        StringBuilder message = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=b0\n\n");
        for (int level = 0; level < depth; level++) {
            message.append("--b").append(level).append('\n');
            message.append(level + 1 < depth ? "Content-Type: multipart/mixed; boundary=b" + (level + 1) : "Content-Type: text/plain")
                    .append("\n\n");
        }
        message.append("deep text\n");
        for (int level = depth - 1; level >= 0; level--) {
            message.append("--b").append(level).append("--\n");
        }
        return message.toString();
    }
}
