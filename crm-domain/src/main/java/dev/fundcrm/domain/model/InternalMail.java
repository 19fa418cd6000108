package dev.fundcrm.domain.model;

import java.util.Objects;

/**
 * A mail the system sends on its own, only to admins: the daily digest or a test of it. {@code messageId}
 * is fixed by the sender so that a send can be recognised if it is retried.
 */
public record InternalMail(EmailAddress from, AdminRecipients to, String subject, String text, String html,
                           MessageId messageId) {

    public InternalMail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(messageId, "messageId");
        HeaderValues.requireSafe("Subject", subject);
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }
}
