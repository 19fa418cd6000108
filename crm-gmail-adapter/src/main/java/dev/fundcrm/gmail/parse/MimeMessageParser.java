package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns a raw RFC 5322 message (a Google Takeout mbox entry, an .eml file) into the domain's message, or into
 * {@code Unparseable} with a reason and the first header lines. Never throws for bad input.
 *
 * <p>The header section is read here, within the limits; Takeout's {@code X-Gmail-Labels} give the labels.
 * At FULL detail the body is read with Angus Mail over a session with {@code mail.mime.allowutf8=true}
 * (UTF-8 in part headers, see {@link AngusMail}) and lenient multipart splitting ({@link BoundedMultipart}):
 * mail in the wild is often a little broken, and a part that can't be read is noted and skipped rather than failing the
 * message. Angus's time grows with the square of multipart depth, so before it sees the message a linear
 * pre-scan ({@link MultipartPrescan}) takes out what lies below the depth limit or beyond the part limit,
 * and the walk opens no multipart below the depth limit. Thread-safe.
 */
public final class MimeMessageParser {


    private final ParseLimits limits;

    public MimeMessageParser() {
        this(ParseLimits.DEFAULT);
    }

    public MimeMessageParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        AngusMail.configure();
    }

    /**
     * Parses a message at the given detail.
     *
     * @param ref where the message is; the caller derives it (Takeout: {@code X-GM-THRID} for the thread)
     * @param raw the message's bytes, without an mbox {@code From } line and with {@code >From } unquoted
     * @param receivedAtOrNull taken when the Date header is missing or unreadable (an mbox From line's date)
     */
    public ParseOutcome parse(MessageRef ref, byte[] raw, ParsedMessage.Detail detail, Instant receivedAtOrNull) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(detail, "detail");
        Problems problems = new Problems();
        Headers headers = Headers.capped(List.of(), limits, problems);
        try {
            HeaderSection section = HeaderSection.read(raw, limits, problems);
            headers = section.headers();
            Body body = detail == ParsedMessage.Detail.FULL ? body(raw, section, problems) : null;
            return MessageAssembler.assemble(ref, headers, TakeoutLabels.parse(headers.all("x-gmail-labels"), problems),
                    receivedAtOrNull, "", body, problems);
        } catch (RuntimeException e) {
            return MessageAssembler.unparseable(ref, "the parser failed (" + e.getClass().getSimpleName() + ")",
                    headers, problems, 0);
        }
    }

    private Body body(byte[] message, HeaderSection section, Problems problems) {
        byte[] raw = withinHeaderLimit(message, section);
        int bodyOffset = section.bodyOffset() - (message.length - raw.length);
        MediaType top = MediaType.parse(section.headers().first("content-type").orElse(null));
        MultipartPrescan.Result allowed = MultipartPrescan.prescan(raw, bodyOffset, top, limits, problems);
        MimeMessage mime;
        try {
            mime = new MimeMessage(AngusMail.SESSION, new SharedByteArrayInputStream(allowed.bytes()));
        } catch (MessagingException e) {
            problems.add("the message body could not be read");
            return new Body("", List.of(), 0, allowed.cut());
        }
        Body body = new BodyWalker(limits, problems).walk(new AngusPartNode(mime, ""));
        return allowed.cut() ? body.withLimitReached() : body;
    }

    // Angus reads the whole header section into strings: beyond the limit it sees none of it, as the parser.
    private static byte[] withinHeaderLimit(byte[] raw, HeaderSection section) {
        int dropped = section.bodyOffset() - section.keptEnd() - 2;
        if (dropped <= 0) {
            return raw;
        }
        byte[] kept = new byte[raw.length - dropped];
        System.arraycopy(raw, 0, kept, 0, section.keptEnd());
        kept[section.keptEnd()] = '\r';
        kept[section.keptEnd() + 1] = '\n';
        System.arraycopy(raw, section.bodyOffset(), kept, section.keptEnd() + 2, raw.length - section.bodyOffset());
        return kept;
    }
}
