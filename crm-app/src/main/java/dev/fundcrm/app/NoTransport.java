package dev.fundcrm.app;

import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;

/** The digest's transport when neither Gmail nor SMTP is configured: every digest fails, saying why. Stateless. */
final class NoTransport implements OutboundMail {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public void send(InternalMail mail) {
        throw new DeliveryException("no transport for the digest: set CRM_GOOGLE_CREDENTIALS or SMTP_HOST", false);
    }
}
