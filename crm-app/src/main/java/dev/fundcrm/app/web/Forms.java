package dev.fundcrm.app.web;

import java.util.function.Function;

/** Form and query values read into domain values; a bad one is a 400 page naming what was wrong. */
final class Forms {

    private Forms() {
    }

    /** The text parsed by the domain's parser ({@code ContactId::parse}, {@code Mailbox::of}). */
    static <T> T parse(String what, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw PageException.badRequest("Not a valid " + what + ": " + text);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
