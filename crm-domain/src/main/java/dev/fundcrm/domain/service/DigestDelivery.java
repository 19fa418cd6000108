package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.DigestRun;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.NotAnAdminException;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.in.SendDailyDigest;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The digest's two send paths, the only users of outbound mail: the daily digest (claimed per day, so it
 * goes out once across restarts and instances) and the admin's test email (to active admins only). The
 * sender is the configured digest sender, else the first active admin. Thread-safe.
 */
public final class DigestDelivery implements SendDailyDigest, SendTestEmail {

    /** How long after a failed attempt the day's digest is tried again. */
    public static final Duration RETRY_SPACING = Duration.ofMinutes(15);

    private final Stores stores;
    private final BuildDigest digests;
    private final DigestWriter writer;
    private final TransportSelector transports;
    private final FundSettings settings;
    private final Clock clock;

    public DigestDelivery(Stores stores, BuildDigest digests, DigestWriter writer, TransportSelector transports,
                          FundSettings settings, Clock clock) {
        this.stores = stores;
        this.digests = digests;
        this.writer = writer;
        this.transports = transports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SendDailyDigest.Outcome send(LocalDate day) {
        Optional<DigestRun> existing = stores.digestRuns().find(day);
        if (existing.isPresent() && existing.get().status() != DigestRun.Status.FAILED) {
            return new SendDailyDigest.Outcome.AlreadyHandled(existing.get().status().name());
        }
        if (existing.isPresent() && clock.instant().isBefore(existing.get().updatedAt().plus(RETRY_SPACING))) {
            // A scheduler ticks every few minutes; a failing transport is tried again at this pace, not each tick.
            return new SendDailyDigest.Outcome.AlreadyHandled("FAILED, next attempt after "
                    + existing.get().updatedAt().plus(RETRY_SPACING));
        }
        List<EmailAddress> admins = stores.admins().active();
        if (admins.isEmpty()) {
            return new SendDailyDigest.Outcome.Failed(List.of("the fund has no active admin"), false);
        }
        MessageId messageId = dailyMessageId(day);
        if (!stores.digestRuns().claim(day, messageId, clock.instant())) {
            String status = stores.digestRuns().find(day).map(run -> run.status().name()).orElse("SENDING");
            return new SendDailyDigest.Outcome.AlreadyHandled(status);
        }
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
        stores.digestRuns().markFailed(day, String.join("; ", failed.reasons()), clock.instant());
        return new SendDailyDigest.Outcome.Failed(failed.reasons(), failed.authenticationFailed());
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
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Digest digest = digests.build(today);
        RenderedDigest rendered = writer.write(digest);
        String reference = UUID.randomUUID().toString();
        InternalMail mail = new InternalMail(sender(admins), recipients, "[test] " + rendered.subject(),
                rendered.text(), rendered.html(), new MessageId("<test-" + reference + "@fundcrm.invalid>"));
        TransportSelector.Result result = transports.deliver(mail);
        String outcome = result instanceof TransportSelector.Result.Delivered d ? "sent via " + d.transport()
                : "failed, reference " + reference;
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
