package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transport that records what it sends. After {@link #failWith} every send throws that failure, sending
 * nothing, until {@link #recover}; after {@link #crashAfterSending} the next send is recorded and then the
 * instance dies ({@link Crashes.Crash}) before its caller learns of it. Every call counts as an attempt.
 * Thread-safe: every method is synchronized.
 */
public final class RecordingOutboundMail implements OutboundMail {

    private final String name;
    private final List<InternalMail> sent = new ArrayList<>();
    private DeliveryException failure;
    private boolean crashAfterSending;
    private int attempts;

    /** @param name the transport's name, e.g. "gmail" or "smtp" */
    public RecordingOutboundMail(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a transport needs a name");
        }
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void send(InternalMail mail) {
        Objects.requireNonNull(mail, "mail");
        attempts++;
        if (failure != null) {
            throw failure;
        }
        sent.add(mail);
        if (crashAfterSending) {
            crashAfterSending = false;
            throw new Crashes.Crash("after " + name + " accepted " + mail.messageId());
        }
    }

    /** The next send is delivered, and then the instance dies before {@code send} returns. */
    public synchronized void crashAfterSending() {
        crashAfterSending = true;
    }

    /** Makes every later send throw the failure until {@link #recover()}. */
    public synchronized void failWith(DeliveryException value) {
        failure = Objects.requireNonNull(value, "failure");
    }

    public synchronized void recover() {
        failure = null;
    }

    /** The mails delivered, in order. */
    public synchronized List<InternalMail> sent() {
        return List.copyOf(sent);
    }

    /** How many sends were tried, delivered or not. */
    public synchronized int attempts() {
        return attempts;
    }
}
