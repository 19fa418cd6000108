package dev.fundcrm.app.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Path and query parameters parsed into domain values, each failure a 400 problem naming the parameter.
 * The parsers are the domain's own ({@code ProposalId::parse}, {@code EmailAddress::of}), whose messages
 * name the bad value.
 */
public final class Params {

    private Params() {
    }

    /** A path parameter parsed by the domain's parser. */
    public static <T> T path(Context ctx, String name, Function<String, T> parser) {
        return parse(name, ctx.pathParam(name), parser);
    }

    /** A query parameter parsed by the domain's parser; empty when absent or blank. */
    public static <T> Optional<T> query(Context ctx, String name, Function<String, T> parser) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(name, value, parser));
    }

    /** An integer query parameter within bounds, or the default when absent. */
    public static int intQuery(Context ctx, String name, int min, int max, int defaultValue) {
        int value = query(ctx, name, Integer::parseInt).orElse(defaultValue);
        if (value < min || value > max) {
            throw ProblemException.badRequest("parameter '" + name + "' must be " + min + " to " + max
                    + ", was " + value);
        }
        return value;
    }

    /** An ISO-8601 duration ({@code PT48H}, {@code P2D}), not negative. */
    public static Duration duration(String text) {
        try {
            Duration value = Duration.parse(text.strip());
            if (value.isNegative()) {
                throw new IllegalArgumentException("a duration can't be negative, was " + text);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration like P2D or PT12H: '" + text + "'", e);
        }
    }

    /** A required field of a JSON body parsed by the domain's parser; a 400 naming the field when missing or bad. */
    public static <T> T field(String name, String value, Function<String, T> parser) {
        if (value == null) {
            throw ProblemException.badRequest("field '" + name + "' is required");
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("field '" + name + "': " + e.getMessage());
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String reason = e instanceof NumberFormatException ? "not a whole number: '" + value + "'" : e.getMessage();
            throw ProblemException.badRequest("parameter '" + name + "': " + reason);
        }
    }
}
