package dev.fundcrm.app.http;

import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;

/**
 * Ends a request with an RFC 9457 problem: thrown by handlers for every expected failure (bad input, unknown
 * ids, conflicts, auth). The detail is shown to the caller, so it is always text this code wrote.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String detail;
    private final transient Map<String, String> headers;

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }

    public ProblemException(HttpStatus status, String detail, Map<String, String> headers) {
        super(status.getCode() + " " + detail, null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
