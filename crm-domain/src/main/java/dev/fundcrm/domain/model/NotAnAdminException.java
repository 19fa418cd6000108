package dev.fundcrm.domain.model;

import java.util.List;

/** Some requested recipients are not active admins; nothing was sent. */
public final class NotAnAdminException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<EmailAddress> refused;

    public NotAnAdminException(List<EmailAddress> refused) {
        super("not active admins, so not allowed as recipients: " + refused);
        this.refused = List.copyOf(refused);
    }

    public List<EmailAddress> refused() {
        return refused;
    }
}
