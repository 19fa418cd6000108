package dev.fundcrm.gmail.parse;

import jakarta.mail.internet.MailDateFormat;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Date header: RFC 5322 with the deviations Angus Mail's {@link MailDateFormat} accepts (two-digit
 * years, missing seconds or weekday, comments, obsolete zone names), then full day and month names, ISO 8601
 * and the C library's {@code asctime} form that some scripts write. Stateless.
 */
final class MailDates {

    private static final Pattern FULL_NAME = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\\b");
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US);

    private MailDates() {
    }

    static Optional<Instant> parse(String raw) {
        String value = HeaderText.unfold(raw).replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return rfc5322(value)
                .or(() -> rfc5322(abbreviated(value)))
                .or(() -> iso(value))
                .or(() -> asctime(value));
    }

    private static Optional<Instant> rfc5322(String value) {
        try {
            // MailDateFormat is a SimpleDateFormat: not thread-safe, so one per call.
            return Optional.of(new MailDateFormat().parse(value).toInstant());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviated(String value) {
        return FULL_NAME.matcher(value).replaceAll(match -> match.group().substring(0, 3));
    }

    private static Optional<Instant> iso(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> asctime(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value, ASCTIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
