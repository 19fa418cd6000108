package dev.fundcrm.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 5322 Message-ID, angle brackets included: {@code <id-left@id-right>}. Case is kept, as the RFC
 * compares message ids exactly.
 */
public record MessageId(String value) {

    // Lenient on the characters (real mailers are), strict on the shape and on white space.
    private static final Pattern SHAPE = Pattern.compile("<[^<>@\\s\\p{Cntrl}]+@[^<>@\\s\\p{Cntrl}]+>");
    private static final Pattern CANDIDATE = Pattern.compile("<[^<>]*>");
    private static final int MAX_LENGTH = 998;

    public MessageId {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed Message-ID: '"
                    + String.valueOf(value).replaceAll("\\p{Cntrl}", "?") + "'");
        }
    }

    /** The header's message id, if it is one well-formed id (surrounding white space ignored). */
    public static Optional<MessageId> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String trimmed = header.strip();
        return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches()
                ? Optional.of(new MessageId(trimmed))
                : Optional.empty();
    }

    /** The well-formed ids of a References or In-Reply-To header, in order; malformed ones are left out. */
    public static List<MessageId> parseAll(String header) {
        List<MessageId> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher matcher = CANDIDATE.matcher(header);
        while (matcher.find()) {
            parse(matcher.group()).ifPresent(ids::add);
        }
        return ids;
    }

    @Override
    public String toString() {
        return value;
    }
}
