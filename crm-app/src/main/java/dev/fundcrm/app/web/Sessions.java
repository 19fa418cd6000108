package dev.fundcrm.app.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions, in this process's memory: a restart signs everyone out, and two instances behind a
 * load balancer would need sticky sessions. Fine for one instance; a shared store is the next step when the
 * app runs on more than one. Ids and CSRF tokens are 256 random bits. A signed-in session ends after the
 * idle timeout, a sign-in form's after {@link #SIGN_IN_FORM_LIFETIME}; their number is bounded so that
 * opening sign-in forms in a loop can't fill the memory. Thread-safe.
 */
final class Sessions {

    /** Beyond this many sessions, idle ones are dropped before another is made. */
    static final int PRUNE_ABOVE = 10_000;
    /** How long a sign-in form's session lives: long enough to find and paste a token. */
    static final Duration SIGN_IN_FORM_LIFETIME = Duration.ofMinutes(15);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idleTimeout;

    Sessions(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The live session with this id, marked as used now; empty when unknown or idle too long. */
    Optional<Session> find(String idOrNull) {
        if (idOrNull == null || idOrNull.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session found = sessions.computeIfPresent(idOrNull, (id, session) -> expired(session, now) ? null : session.seenAt(now));
        return Optional.ofNullable(found);
    }

    /** A new session that is not signed in: it carries the sign-in form's CSRF token. */
    Session anonymous() {
        return store(null);
    }

    /** Signs in: the old session (if any) ends and a new id is issued, so a planted id is worth nothing. */
    Session signIn(String oldIdOrNull, String tokenHash) {
        end(oldIdOrNull);
        return store(tokenHash);
    }

    void end(String idOrNull) {
        if (idOrNull != null) {
            sessions.remove(idOrNull);
        }
    }

    private Session store(String tokenHashOrNull) {
        Instant now = clock.instant();
        if (sessions.size() > PRUNE_ABOVE) {
            sessions.values().removeIf(session -> expired(session, now));
        }
        if (sessions.size() > PRUNE_ABOVE) {
            // Still full after pruning: someone is opening sign-in forms by the thousand. Signed-in users keep
            // their sessions; an open sign-in form needs a reload.
            sessions.values().removeIf(session -> !session.signedIn());
        }
        Session session = new Session(randomToken(), randomToken(), tokenHashOrNull, now);
        sessions.put(session.id(), session);
        return session;
    }

    private boolean expired(Session session, Instant now) {
        Duration lifetime = session.signedIn() ? idleTimeout : SIGN_IN_FORM_LIFETIME;
        return !session.lastSeen().plus(lifetime).isAfter(now);
    }

    int size() {
        return sessions.size();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
