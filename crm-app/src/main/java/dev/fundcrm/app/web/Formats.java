package dev.fundcrm.app.web;

import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Participant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text for people: dates in the fund's time zone, why a proposal matched, a participant's name. Thread-safe. */
final class Formats {

    private final DateTimeFormatter dates;

    Formats(ZoneId zone) {
        this.dates = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
    }

    String date(Instant instantOrNull) {
        return instantOrNull == null ? "never" : dates.format(instantOrNull);
    }

    static String why(MatchRule rule) {
        return switch (rule) {
            case EXACT_ADDRESS -> "exact address";
            case NORMALIZED_ADDRESS -> "address (written differently)";
            case ALIAS -> "known alias";
            case ORGANIZATION_DOMAIN -> "organization's domain";
            case REVIEWER -> "reassigned by a reviewer";
        };
    }

    /** The message view's address for a captured message. */
    static String messageHref(String messageKey) {
        return "/message?key=" + URLEncoder.encode(messageKey, StandardCharsets.UTF_8);
    }

    /** An enum constant as a word: {@code REPLY_TO} is "reply-to". */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String person(Participant participant) {
        return participant.displayName() == null || participant.displayName().isBlank()
                ? participant.address().value()
                : participant.displayName() + " <" + participant.address().value() + ">";
    }
}
