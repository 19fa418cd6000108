package dev.fundcrm.gmail.parse;

/** One MIME part can't be read; the reason is the parser's own words, never content. */
final class UnreadablePartException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadablePartException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
