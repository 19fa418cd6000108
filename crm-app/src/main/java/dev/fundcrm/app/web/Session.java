package dev.fundcrm.app.web;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser session: its random id (the cookie), its CSRF token (the synchronizer token every form
 * carries), and, once signed in, the hash of the token it signed in with. The user and role are looked up
 * by that hash on every request, so revoking the token or deactivating an admin takes effect at once.
 *
 * @param tokenHashOrNull null while not signed in (the sign-in form's own session)
 */
record Session(String id, String csrfToken, String tokenHashOrNull, Instant lastSeen) {

    Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    boolean signedIn() {
        return tokenHashOrNull != null;
    }

    Session seenAt(Instant at) {
        return new Session(id, csrfToken, tokenHashOrNull, at);
    }

    @Override
    public String toString() {
        return "Session[***]";
    }
}
