package dev.fundcrm.gmail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Plain RFC 822 messages for seeding the fake Gmail, one line per header. */
final class Letters {

    private Letters() {
    }

    static byte[] letter(String from, String to, String subject, String messageId, Instant date) {
        String text = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nDate: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC)) + "\r\nMessage-ID: "
                + messageId + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "About " + subject + ".\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
