package dev.fundcrm.gmail.parse;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns a body part's bytes into text by its declared charset (MIME names mapped to Java's by Angus Mail).
 * Without a charset, or with US-ASCII over bytes that are valid UTF-8 (a common mislabel), UTF-8 is tried
 * first and Windows-1252 taken when the bytes are not UTF-8. Malformed bytes in a known charset become
 * U+FFFD; an unknown charset makes the part unreadable. Stateless.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] bytes, String charsetName) throws UnreadablePartException {
        String name = charsetName.strip();
        if (name.isEmpty() || name.toLowerCase(Locale.ROOT).matches("us-ascii|ascii|ansi_x3\\.4-1968")) {
            return utf8OrWindows1252(bytes);
        }
        return new String(bytes, charset(name));
    }

    private static Charset charset(String name) throws UnreadablePartException {
        try {
            return Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadablePartException("its charset is unknown");
        }
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        return utf8OrWindows1252(bytes, 0, bytes.length);
    }

    /** The bytes as UTF-8 if they are valid UTF-8, else as Windows-1252 (which maps every byte). */
    static String utf8OrWindows1252(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, to - from, WINDOWS_1252);
        }
    }
}
