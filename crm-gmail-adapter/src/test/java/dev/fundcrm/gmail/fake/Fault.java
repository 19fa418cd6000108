package dev.fundcrm.gmail.fake;

import java.time.Duration;
import java.util.Objects;

/** What the fake can do wrong on purpose, injected through {@link Faults}. */
public sealed interface Fault {

    /** 500 or 503 with Google's {@code backendError} JSON; 502 with the HTML page Google's front end sends. */
    record ServerError(int status) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("a server error is 5xx, not " + status);
            }
        }
    }

    /** The connection is closed without a response. */
    record ConnectionReset() implements Fault {
    }

    /** The answer comes after {@code duration} (real time), holding its concurrency slot meanwhile. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** The call is served, then its JSON body is cut in half. */
    record MalformedJson() implements Fault {
    }

    /** The token endpoint answers {@code 401 unauthorized_client}, as for a scope outside the grant. */
    record TokenRejected() implements Fault {
    }

    static Fault serverError(int status) {
        return new ServerError(status);
    }

    static Fault connectionReset() {
        return new ConnectionReset();
    }

    static Fault delay(Duration duration) {
        return new Delay(duration);
    }

    static Fault malformedJson() {
        return new MalformedJson();
    }

    static Fault tokenRejected() {
        return new TokenRejected();
    }
}
