package dev.fundcrm.app;

import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.gmail.DelegatedGmail;
import dev.fundcrm.gmail.GmailDrafts;
import dev.fundcrm.gmail.GmailMailboxSource;
import dev.fundcrm.gmail.GmailOutboundMail;
import dev.fundcrm.gmail.GmailSentMailCheck;
import dev.fundcrm.smtp.SmtpOutboundMail;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail side of the app: where capture reads, where drafts go, and the digest's transports. With Gmail
 * configured one {@link DelegatedGmail} (one quota limiter per user) feeds capture, drafts and the digest's
 * send; without it capture and drafts say what to configure. SMTP, when configured, is the digest's fallback
 * (or its only transport without Gmail).
 *
 * @param fallbackOrNull null when only one transport is configured
 * @param sentMailCheckOrNull how the digest finds a send it can't account for in the sender's mailbox;
 *     null without Gmail
 * @param gmailOrNull the shared Gmail client, for the setup check and its usage counters; null without Gmail
 */
public record Adapters(MailboxSource source, Drafts drafts, OutboundMail preferred, OutboundMail fallbackOrNull,
                       SentMailCheck sentMailCheckOrNull, DelegatedGmail gmailOrNull) {

    public Adapters {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(preferred, "preferred");
    }

    /**
     * @throws IllegalArgumentException if the Gmail key is not a service account's key (the message holds none of it)
     */
    public static Adapters from(AppConfig config, Clock clock) {
        OutboundMail smtp = config.smtp().<OutboundMail>map(settings -> new SmtpOutboundMail(settings, clock))
                .orElse(null);
        if (config.gmail().isEmpty()) {
            NoGmail none = new NoGmail();
            return new Adapters(none, none, smtp == null ? new NoTransport() : smtp, null, null, null);
        }
        DelegatedGmail gmail;
        try {
            gmail = DelegatedGmail.connect(config.gmail().get(), clock, dev.fundcrm.gmail.quota.Pacer.REAL);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CRM_GOOGLE_CREDENTIALS: " + e.getMessage(), e);
        }
        return new Adapters(new GmailMailboxSource(gmail), new GmailDrafts(gmail), new GmailOutboundMail(gmail), smtp,
                new GmailSentMailCheck(gmail), gmail);
    }

    /** The same, capturing from another source (a Takeout import, the demo's mbox). */
    public Adapters withSource(MailboxSource newSource) {
        return new Adapters(newSource, drafts, preferred, fallbackOrNull, sentMailCheckOrNull, gmailOrNull);
    }

    public Optional<DelegatedGmail> gmail() {
        return Optional.ofNullable(gmailOrNull);
    }
}
