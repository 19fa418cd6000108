package dev.fundcrm.gmail.parse;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parser needs of a Content-Type: the lower-cased {@code type/subtype}, the charset and the boundary
 * ("" when absent). Read with Angus Mail's {@link ContentType} (quoting, RFC 2231 parameters); a value it
 * refuses still gives its type and charset when they can be seen, as mail clients do.
 */
record MediaType(String type, String charset, String boundary) {

    static final MediaType PLAIN_TEXT = new MediaType("text/plain", "", "");

    private static final Pattern LOOSE_PARAMETER = Pattern.compile("(?i);\\s*(charset|boundary)\\s*=\\s*\"?([^\";]*)");

    /** The media type of a Content-Type value; RFC 2045's default, text/plain, when there is none. */
    static MediaType parse(String rawOrNull) {
        if (rawOrNull == null || rawOrNull.isBlank()) {
            return PLAIN_TEXT;
        }
        String value = HeaderText.unfold(rawOrNull);
        try {
            ContentType parsed = new ContentType(value);
            return new MediaType(parsed.getBaseType().toLowerCase(Locale.ROOT),
                    orEmpty(parsed.getParameter("charset")), orEmpty(parsed.getParameter("boundary")));
        } catch (ParseException | RuntimeException e) {
            return loose(value);
        }
    }

    boolean isMultipart() {
        return type.startsWith("multipart/");
    }

    boolean is(String other) {
        return type.equals(other);
    }

    private static MediaType loose(String value) {
        int semicolon = value.indexOf(';');
        String type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            type = "application/octet-stream";
        }
        String charset = "";
        String boundary = "";
        Matcher parameter = LOOSE_PARAMETER.matcher(value);
        while (parameter.find()) {
            if (parameter.group(1).equalsIgnoreCase("charset")) {
                charset = parameter.group(2).strip();
            } else {
                boundary = parameter.group(2);
            }
        }
        return new MediaType(type, charset, boundary);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
