package dev.fundcrm.gmail.parse;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unfolds header values and decodes their RFC 2047 encoded words. Stateless. */
final class HeaderText {

    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Pattern LINE_BREAK_AT_END = Pattern.compile("[\\r\\n]+$");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[bBqQ]\\?[^?\\s]*\\?=");

    private HeaderText() {
    }

    /** The value with its folds removed (RFC 5322 2.2.3) and surrounding white space stripped. */
    static String unfold(String raw) {
        String unfolded = FOLD.matcher(raw).replaceAll("");
        return LINE_BREAK_AT_END.matcher(unfolded).replaceAll("").strip();
    }

    /**
     * The value unfolded and decoded, in any charset the JVM knows. A line break an encoded word decodes to
     * is kept: the domain refuses such text wherever it would be written into a header. An encoded word in
     * an unknown charset is left as it stands, and that is noted.
     */
    static String decode(String header, String raw, Problems problems) {
        String unfolded = unfold(raw);
        if (unfolded.indexOf("=?") < 0) {
            return unfolded;
        }
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            problems.add(header + ": an encoded word in an unknown charset was left encoded");
            return decodeWordByWord(unfolded);
        } catch (RuntimeException e) {
            problems.add(header + ": its encoded words could not be decoded");
            return unfolded;
        }
    }

    // What decodeText does, one word at a time, so one bad word does not keep the others encoded.
    private static String decodeWordByWord(String text) {
        StringBuilder decoded = new StringBuilder();
        Matcher word = ENCODED_WORD.matcher(text);
        int end = 0;
        boolean previousWasEncoded = false;
        while (word.find()) {
            String between = text.substring(end, word.start());
            if (!(previousWasEncoded && between.isBlank())) {
                decoded.append(between);
            }
            decoded.append(decodeWord(word.group()));
            previousWasEncoded = true;
            end = word.end();
        }
        return decoded.append(text.substring(end)).toString();
    }

    private static String decodeWord(String word) {
        try {
            return MimeUtility.decodeWord(word);
        } catch (UnsupportedEncodingException | jakarta.mail.internet.ParseException | RuntimeException e) {
            return word;
        }
    }
}
