package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.InternalMail;

/**
 * A transport for the system's own mail: the digest and its test. Its recipients are an
 * {@code AdminRecipients}, so it cannot reach anyone but active admins. Only the digest use cases use it.
 */
public interface OutboundMail {

    /** A short name recorded with each delivery, e.g. "gmail" or "smtp". */
    String name();

    /** @throws DeliveryException with a reason safe to log and show (no password, token or key) */
    void send(InternalMail mail);
}
