package dev.fundcrm.domain.model;

import java.util.Objects;

/** The person an API token speaks for, and the role it grants. */
public record ApiUser(EmailAddress user, Role role) {

    public ApiUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
