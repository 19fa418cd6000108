package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.NotAnAdminException;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.in.DigestHealth;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.DigestRuns;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.SentMailCheck;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The digest's two send paths, the only users of outbound mail: the daily digest (claimed per day, so it
 * goes out once across restarts and instances) and the admin's test email (to active admins only). The
 * sender is the configured digest sender, else the first active admin. Thread-safe.
 *
 * <p>A day's run is sent when it has none, or after {@link #RETRY_SPACING} when it FAILED. Two states are
 * not simply sent again:
 * <ul>
 *   <li>SENDING for longer than {@link #SENDING_LEASE}: its instance died, perhaps after the transport
 *       accepted the mail. The sender's mailbox is searched for the run's Message-ID ({@link SentMailCheck});
 *       found, the run is marked delivered and nothing is sent; not found, it is sent; if the search can't
 *       answer, the run stays SENDING and is checked again a lease later. Without a check (Gmail not
 *       configured) it is sent again: an SMTP server can't be asked what it accepted, and a second copy beats
 *       no digest.</li>
 *   <li>FAILED_AUTH (a transport refused its credentials, e.g. SMTP 535): retrying would only hammer the
 *       server with a wrong password, so it is tried again only by an instance constructed after the failure
 *       (a restart, which is how a changed configuration takes effect), once. The next day gets a new run.
 *       {@link #authenticationFailure()} is what {@code /health} reports meanwhile.</li>
 * </ul>
 */
public final class DigestDelivery implements SendDailyDigest, SendTestEmail, DigestHealth {

    /** How long after a failed attempt the day's digest is tried again. */
    public static final Duration RETRY_SPACING = Duration.ofMinutes(15);
    /**
     * How long a run may stay SENDING before its instance is taken for dead: far longer than a send can take
     * (the transports' timeouts and Gmail's quota waits are in seconds).
     */
    public static final Duration SENDING_LEASE = Duration.ofMinutes(10);
    /** The transport recorded for a digest found in the sender's (Gmail) mailbox after a crash. */
    static final String FOUND_IN_MAILBOX = "gmail";

    private final Stores stores;
    private final BuildDigest digests;
    private final DigestWriter writer;
    private final TransportSelector transports;
    private final SentMailCheck sentMail;
    private final FundSettings settings;
    private final Clock clock;
    private final Instant configuredAt;

    /** Without a way to search the sender's mailbox: a stale SENDING run is sent again after the lease. */
    public DigestDelivery(Stores stores, BuildDigest digests, DigestWriter writer, TransportSelector transports,
                          FundSettings settings, Clock clock) {
        this(stores, digests, writer, transports, null, settings, clock);
    }

    /** @param sentMailOrNull searches the sender's mailbox (Gmail); null when Gmail is not configured */
    public DigestDelivery(Stores stores, BuildDigest digests, DigestWriter writer, TransportSelector transports,
                          SentMailCheck sentMailOrNull, FundSettings settings, Clock clock) {
        this.stores = stores;
        this.digests = digests;
        this.writer = writer;
        this.transports = transports;
        this.sentMail = sentMailOrNull;
        this.settings = settings;
        this.clock = clock;
        this.configuredAt = clock.instant();
    }

    @Override
    public SendDailyDigest.Outcome send(LocalDate day) {
        Instant now = clock.instant();
        DigestRuns runs = stores.digestRuns();
        Optional<DigestRun> existing = runs.find(day);
        if (existing.isPresent() && existing.get().status() == DigestRun.Status.FAILED
                && now.isBefore(existing.get().updatedAt().plus(RETRY_SPACING))) {
            // A scheduler ticks every few minutes; a failing transport is tried again at this pace, not each tick.
            return new SendDailyDigest.Outcome.AlreadyHandled("FAILED, next attempt after "
                    + existing.get().updatedAt().plus(RETRY_SPACING));
        }
        List<EmailAddress> admins = stores.admins().active();
        if (admins.isEmpty()) {
            return new SendDailyDigest.Outcome.Failed(List.of("the fund has no active admin"), false);
        }
        if (existing.isEmpty() || existing.get().status() == DigestRun.Status.FAILED) {
            MessageId messageId = dailyMessageId(day);
            return runs.claim(day, messageId, now) ? sendClaimed(day, messageId, admins) : alreadyHandled(day);
        }
        DigestRun run = existing.get();
        if (run.status() == DigestRun.Status.SENDING && run.updatedAt().isBefore(now.minus(SENDING_LEASE))) {
            return runs.takeOver(day, DigestRun.Status.SENDING, now.minus(SENDING_LEASE), now)
                    ? recoverStale(run, admins) : alreadyHandled(day);
        }
        if (run.status() == DigestRun.Status.FAILED_AUTH && run.updatedAt().isBefore(configuredAt)) {
            return runs.takeOver(day, DigestRun.Status.FAILED_AUTH, configuredAt, now)
                    ? sendClaimed(day, run.messageId(), admins) : alreadyHandled(day);
        }
        return new SendDailyDigest.Outcome.AlreadyHandled(run.status().name());
    }

    private SendDailyDigest.Outcome recoverStale(DigestRun stale, List<EmailAddress> admins) {
        if (sentMail == null) {
            return sendClaimed(stale.day(), stale.messageId(), admins);
        }
        EmailAddress sender = sender(admins);
        SentMailCheck.Answer answer = sentMail.lookUp(sender, stale.messageId());
        if (answer == SentMailCheck.Answer.NOT_SENT) {
            return sendClaimed(stale.day(), stale.messageId(), admins);
        }
        if (answer == SentMailCheck.Answer.CANNOT_TELL) {
            // Taken over, so it is SENDING as of now: the next check comes a lease later, on any instance.
            return new SendDailyDigest.Outcome.Failed(List.of("the digest of " + stale.day()
                    + " may have gone out before a crash and " + sender.canonical()
                    + "'s mailbox could not be searched; checking again after " + SENDING_LEASE), false);
        }
        stores.digestRuns().markDelivered(stale.day(), FOUND_IN_MAILBOX, clock.instant());
        stores.auditLog().record(new AuditEvent(clock.instant(), "system", "digest.found-sent",
                stale.messageId().value(), "found in " + sender.canonical() + "'s mailbox after an instance stopped"
                + " while sending it; not sent again"));
        return new SendDailyDigest.Outcome.FoundSent(FOUND_IN_MAILBOX);
    }

    private SendDailyDigest.Outcome sendClaimed(LocalDate day, MessageId messageId, List<EmailAddress> admins) {
        TransportSelector.Result result;
        try {
            RenderedDigest rendered = writer.write(digests.build(day));
            InternalMail mail = new InternalMail(sender(admins), AdminRecipients.allOf(admins), rendered.subject(),
                    rendered.text(), rendered.html(), messageId);
            result = transports.deliver(mail);
        } catch (RuntimeException e) {
            // A claimed run must not stay SENDING for the day: mark it failed so that a later tick retries.
            stores.digestRuns().markFailed(day, "the digest could not be built or handed over: "
                    + e.getClass().getSimpleName(), clock.instant());
            throw e;
        }
        if (result instanceof TransportSelector.Result.Delivered delivered) {
            stores.digestRuns().markDelivered(day, delivered.transport(), clock.instant());
            return new SendDailyDigest.Outcome.Delivered(delivered.transport());
        }
        TransportSelector.Result.AllFailed failed = (TransportSelector.Result.AllFailed) result;
        String reasons = String.join("; ", failed.reasons());
        if (failed.authenticationFailed()) {
            stores.digestRuns().markAuthenticationFailed(day, String.join(",", failed.refusedCredentials()), reasons,
                    clock.instant());
        } else {
            stores.digestRuns().markFailed(day, reasons, clock.instant());
        }
        return new SendDailyDigest.Outcome.Failed(failed.reasons(), failed.authenticationFailed());
    }

    private SendDailyDigest.Outcome alreadyHandled(LocalDate day) {
        String status = stores.digestRuns().find(day).map(run -> run.status().name()).orElse("SENDING");
        return new SendDailyDigest.Outcome.AlreadyHandled(status);
    }

    @Override
    public Optional<AuthenticationFailure> authenticationFailure() {
        return stores.digestRuns().latest()
                .filter(run -> run.status() == DigestRun.Status.FAILED_AUTH)
                .map(run -> new AuthenticationFailure(run.day(), List.of(run.transport().split(",")), run.failure(),
                        run.updatedAt()));
    }

    @Override
    public SendTestEmail.Outcome send(SendTestEmail.Command command) {
        List<EmailAddress> admins = stores.admins().active();
        AdminRecipients recipients;
        try {
            recipients = AdminRecipients.select(admins, command.recipients());
        } catch (NotAnAdminException e) {
            return new SendTestEmail.Outcome.Refused(e.refused());
        }
        String reference = UUID.randomUUID().toString();
        TransportSelector.Result result;
        try {
            RenderedDigest rendered = writer.write(digests.build(LocalDate.now(clock.withZone(settings.zone()))));
            result = transports.deliver(new InternalMail(sender(admins), recipients, "[test] " + rendered.subject(),
                    rendered.text(), rendered.html(), new MessageId("<test-" + reference + "@fundcrm.invalid>")));
        } catch (RuntimeException e) {
            // Only the type: an exception's text is not ours and may carry anything.
            result = new TransportSelector.Result.AllFailed(
                    List.of("the test email could not be built: " + e.getClass().getSimpleName()), List.of());
        }
        String outcome = result instanceof TransportSelector.Result.Delivered d ? "sent via " + d.transport()
                : "failed, reference " + reference + ": "
                + String.join("; ", ((TransportSelector.Result.AllFailed) result).reasons());
        stores.auditLog().record(new AuditEvent(clock.instant(), command.requestedBy().canonical(),
                "digest.test-email", recipients.toString(), outcome));
        if (result instanceof TransportSelector.Result.Delivered delivered) {
            return new SendTestEmail.Outcome.Sent(delivered.transport(), recipients.addresses());
        }
        return new SendTestEmail.Outcome.Failed(reference, ((TransportSelector.Result.AllFailed) result).reasons());
    }

    private EmailAddress sender(List<EmailAddress> admins) {
        return settings.digestSender().orElse(admins.get(0));
    }

    private MessageId dailyMessageId(LocalDate day) {
        String domain = settings.fundDomains().domains().stream().sorted().findFirst().orElseThrow();
        return new MessageId("<digest-" + day + "@" + domain + ">");
    }
}
