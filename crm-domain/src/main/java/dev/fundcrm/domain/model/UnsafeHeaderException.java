package dev.fundcrm.domain.model;

/** A header value would carry a CR, LF or NUL: writing it could inject headers, so nothing is written. */
public final class UnsafeHeaderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String header;

    public UnsafeHeaderException(String header) {
        super("refused: the " + header + " header would contain a line break or NUL character");
        this.header = header;
    }

    public String header() {
        return header;
    }
}
