package dev.fundcrm.domain.model;

/** Checks for text that will be written into a mail header, where a line break would start a new header. */
public final class HeaderValues {

    private HeaderValues() {
    }

    /** Whether the value holds a CR, an LF or a NUL. */
    public static boolean isUnsafe(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0;
    }

    /**
     * Returns the value if it holds no CR, LF or NUL.
     *
     * @throws UnsafeHeaderException naming the header (never echoing the value, which may be hostile)
     */
    public static String requireSafe(String header, String value) {
        if (isUnsafe(value)) {
            throw new UnsafeHeaderException(header);
        }
        return value;
    }
}
