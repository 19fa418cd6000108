package dev.fundcrm.gmail.takeout;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an mbox {@code From } line tells. Takeout writes {@code From 1583290388308606088@xxx Mon Nov 06
 * 04:42:58 +0000 2017}: the number is Gmail's message id in decimal (the API writes the same number in hex)
 * and the date is when Gmail received the message. Classic mbox writes {@code From sender asctime}.
 */
record FromLine(Optional<String> gmailDecimalId, Optional<Instant> receivedAt) {

    private static final Pattern TAKEOUT_ID = Pattern.compile("From (\\d{1,20})@xxx .*");
    private static final DateTimeFormatter TAKEOUT_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx yyyy", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US);

    static FromLine parse(String line) {
        Matcher id = TAKEOUT_ID.matcher(line);
        Optional<String> gmailId = id.matches() ? Optional.of(id.group(1)) : Optional.empty();
        String[] words = line.strip().split(" +", 3);
        Optional<Instant> date = words.length == 3 ? date(words[2]) : Optional.empty();
        return new FromLine(gmailId, date);
    }

    private static Optional<Instant> date(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, TAKEOUT_DATE).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.replaceAll(" +", " "), ASCTIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
