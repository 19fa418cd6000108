package dev.fundcrm.domain.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the use cases need to know about the fund: its own domains, the visibility an approval gets when the
 * reviewer does not choose one, its time zone (days of the digest), after how many days an unanswered LP
 * counts as awaiting our reply, and the digest's sender (null: the first active admin).
 */
public record FundSettings(FundDomains fundDomains, Visibility defaultVisibility, ZoneId zone,
                           int awaitingReplyDays, EmailAddress digestSenderOrNull) {

    public FundSettings {
        Objects.requireNonNull(fundDomains, "fundDomains");
        Objects.requireNonNull(defaultVisibility, "defaultVisibility");
        Objects.requireNonNull(zone, "zone");
        if (awaitingReplyDays < 1) {
            throw new IllegalArgumentException("awaiting-reply days must be at least 1, was " + awaitingReplyDays);
        }
    }

    public static FundSettings of(String... fundDomains) {
        return new FundSettings(FundDomains.of(fundDomains), Visibility.SUBJECT, ZoneId.of("UTC"), 2, null);
    }

    public Optional<EmailAddress> digestSender() {
        return Optional.ofNullable(digestSenderOrNull);
    }

    public FundSettings withZone(ZoneId value) {
        return new FundSettings(fundDomains, defaultVisibility, value, awaitingReplyDays, digestSenderOrNull);
    }

    public FundSettings withDigestSender(EmailAddress value) {
        return new FundSettings(fundDomains, defaultVisibility, zone, awaitingReplyDays, value);
    }

    public FundSettings withDefaultVisibility(Visibility value) {
        return new FundSettings(fundDomains, value, zone, awaitingReplyDays, digestSenderOrNull);
    }
}
