package dev.fundcrm.app.config;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values from an environment map and collects every problem instead of stopping at the first, so
 * that an operator fixes the whole configuration in one round. A problem names the variable and, for plain
 * values, the value found; a secret's value is never repeated. A reader that fails returns a placeholder, so
 * parsing goes on: call {@link #throwIfProblems()} before using what it read. Not thread-safe.
 */
final class Env {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The stripped value, empty when unset or blank. */
    Optional<String> text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    Optional<String> required(String name, String what) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            problem(name, "is required: " + what);
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        return text(name).map(value -> {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(name, "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
            return fallback;
        }).orElse(fallback);
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}, {@code 1d}, or ISO-8601 ({@code PT5M}). */
    Duration duration(String name, Duration fallback, Duration min) {
        return text(name).map(value -> {
            Duration parsed = parseDuration(value);
            if (parsed != null && parsed.compareTo(min) >= 0) {
                return parsed;
            }
            problem(name, "must be a duration of at least " + min.toSeconds() + "s such as 30s, 5m or 1h, was '"
                    + value + "'");
            return fallback;
        }).orElse(fallback);
    }

    LocalTime time(String name, LocalTime fallback) {
        return parsed(name, fallback, LocalTime::parse, "must be a time of day such as 08:00");
    }

    ZoneId zone(String name, ZoneId fallback) {
        return parsed(name, fallback, ZoneId::of, "must be a time zone such as Europe/London or UTC");
    }

    Optional<EmailAddress> address(String name) {
        return text(name).map(value -> parsed(name, null, EmailAddress::of, "must be an email address"));
    }

    /** A comma-separated list, each item stripped, empty items dropped. */
    List<String> list(String name) {
        return text(name).map(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(item -> !item.isEmpty()).toList()).orElse(List.of());
    }

    /**
     * A secret from {@code NAME} or from the file {@code NAME_FILE} (a mounted secret), not both. Problems name
     * the variable and the file, never the value.
     */
    Optional<Secret> secret(String name) {
        String fileVariable = name + "_FILE";
        Optional<String> inline = Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
        Optional<String> file = text(fileVariable);
        if (inline.isPresent() && file.isPresent()) {
            problem(name, "and " + fileVariable + " are both set: set one");
            return Optional.empty();
        }
        if (file.isPresent()) {
            try {
                String content = Files.readString(Path.of(file.get())).strip();
                if (content.isEmpty()) {
                    problem(fileVariable, "names an empty file '" + file.get() + "'");
                    return Optional.empty();
                }
                return Optional.of(Secret.of(content));
            } catch (IOException | RuntimeException e) {
                problem(fileVariable, "names a file that can't be read: '" + file.get() + "' ("
                        + e.getClass().getSimpleName() + ")");
                return Optional.empty();
            }
        }
        return inline.map(Secret::of);
    }

    <T> T parsed(String name, T fallback, Function<String, T> parser, String expectation) {
        return text(name).map(value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problem(name, expectation + ", was '" + value + "'");
                return fallback;
            }
        }).orElse(fallback);
    }

    void problem(String name, String text) {
        problems.add(name + " " + text);
    }

    /** @throws ConfigException listing every problem found so far */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    static Duration parseDuration(String value) {
        Matcher matcher = SHORT_DURATION.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
