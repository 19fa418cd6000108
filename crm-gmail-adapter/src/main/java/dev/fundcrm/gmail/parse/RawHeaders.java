package dev.fundcrm.gmail.parse;

import java.util.Optional;

/**
 * The header fields at the top of a raw message, read within {@link ParseLimits#DEFAULT}, for a source that
 * needs a few of them before parsing (Takeout's ids). Values are unfolded, not decoded. Immutable.
 */
public final class RawHeaders {

    private final Headers headers;

    private RawHeaders(Headers headers) {
        this.headers = headers;
    }

    /** Reads the header section of {@code raw}; the body, if any, is not looked at. Never throws. */
    public static RawHeaders of(byte[] raw) {
        return new RawHeaders(HeaderSection.read(raw, ParseLimits.DEFAULT, new Problems()).headers());
    }

    /** The first field of that name (any case), unfolded. */
    public Optional<String> first(String name) {
        return headers.first(name).map(HeaderText::unfold);
    }

    /** The first header lines, control characters shown as '?', at most {@code maxChars}. */
    public String preview(int maxChars) {
        return headers.preview(maxChars);
    }
}
