package dev.fundcrm.gmail;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.auth.Retryable;
import dev.fundcrm.gmail.GmailFailure.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

/**
 * Turns what Google's clients throw into a {@link GmailFailure} with a message written here. Only the HTTP
 * status, Google's error reason (an identifier such as {@code backendError}) and exception class names reach
 * a message; Google's texts are kept for the retry policy alone.
 *
 * <p>A failure at the token endpoint arrives as an {@code IOException} that is a {@link Retryable} (the
 * library's package-private {@code GoogleAuthException}) caused by the endpoint's
 * {@link HttpResponseException}. Google answers a scope missing from the delegation grant with 401, whose body
 * the JDK drops, and an unknown or suspended user with 400 {@code invalid_grant} "Invalid email or User ID".
 * Stateless.
 */
final class GoogleFailures {

    static final String ADMIN_CONSOLE_PATH =
            "Security > Access and data control > API controls > Domain-wide delegation";
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);

    private final String clientId;

    GoogleFailures(String clientId) {
        this.clientId = clientId;
    }

    /** What {@code thrown}, from a call made for {@code user} with {@code scope}, means. */
    GmailFailure describe(Exception thrown, String user, String scope) {
        if (thrown instanceof Retryable && thrown.getCause() instanceof HttpResponseException refusal) {
            return tokenRefused(refusal, user, scope);
        }
        if (thrown instanceof Retryable) {
            return new GmailFailure(Kind.TEMPORARY, "cannot reach Google's token endpoint ("
                    + simpleName(thrown.getCause()) + ")", false, false, null, null);
        }
        if (thrown instanceof GoogleJsonResponseException json && json.getDetails() != null) {
            GoogleJsonError details = json.getDetails();
            return answered(json.getStatusCode(), reason(details), user, scope, json.getHeaders(), details.getMessage());
        }
        if (thrown instanceof HttpResponseException http) {
            return answered(http.getStatusCode(), "", user, scope, http.getHeaders(), null);
        }
        if (thrown instanceof SocketTimeoutException) {
            return GmailFailure.of(Kind.TEMPORARY, "Gmail did not answer in time");
        }
        if (thrown instanceof ConnectException || thrown instanceof UnknownHostException
                || thrown instanceof NoRouteToHostException) {
            return new GmailFailure(Kind.TEMPORARY, "cannot connect to Gmail (" + simpleName(thrown) + ")", false,
                    false, null, null);
        }
        if (thrown instanceof RuntimeException) {
            return temporary("Gmail's answer could not be read (" + simpleName(thrown) + ")");
        }
        return temporary("the connection to Gmail failed (" + simpleName(thrown) + ")");
    }

    /** What an inner call of a batch answered. */
    GmailFailure describe(GoogleJsonError error, HttpHeaders headers, String user, String scope) {
        int status = error.getCode();
        return answered(status, reason(error), user, scope, headers, error.getMessage());
    }

    private GmailFailure tokenRefused(HttpResponseException refusal, String user, String scope) {
        int status = refusal.getStatusCode();
        String body = refusal.getContent() == null ? "" : refusal.getContent();
        if (status == 401) {
            return new GmailFailure(Kind.PERMISSION, "the delegation grant for client id " + clientId
                    + " lacks scope " + scope + ": add it in the Google Admin console under " + ADMIN_CONSOLE_PATH,
                    true, false, null, null);
        }
        if (status == 400 && body.contains("invalid_grant") && body.contains("JWT")) {
            return new GmailFailure(Kind.PERMISSION, "Google refused the service account's key for client id "
                    + clientId + " (a deleted or disabled key, or this server's clock is off): check the key in "
                    + "CRM_GOOGLE_CREDENTIALS", true, false, null, null);
        }
        if (status == 400 && body.contains("invalid_grant")) {
            return new GmailFailure(Kind.PERMISSION, user + " is unknown or suspended in Google Workspace", true,
                    false, null, null);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new GmailFailure(Kind.TEMPORARY, "Google's token endpoint answered HTTP " + status, false, false,
                    null, null);
        }
        return new GmailFailure(Kind.PERMISSION, "Google's token endpoint refused the service account of client id "
                + clientId + " (HTTP " + status + "): check the key in CRM_GOOGLE_CREDENTIALS", true, false, null, null);
    }

    private GmailFailure answered(int status, String reason, String user, String scope, HttpHeaders headers,
                                  String googleMessage) {
        String retryAfter = headers == null ? null : headers.getRetryAfter();
        String answer = "Gmail answered HTTP " + status + (reason.isEmpty() ? "" : " (" + reason + ")");
        if (status == 429 || (status == 403 && RATE_LIMIT_REASONS.contains(reason))) {
            return new GmailFailure(Kind.RATE_LIMITED, answer, false, false, retryAfter, googleMessage);
        }
        if (status == 401) {
            return new GmailFailure(Kind.PERMISSION, "Gmail refused the access token for " + user
                    + " (HTTP 401): check the domain-wide delegation of client id " + clientId, true, true, null, null);
        }
        if (status == 403 && reason.equals("insufficientPermissions")) {
            return GmailFailure.of(Kind.PERMISSION, "Gmail says the token for " + user + " lacks scope " + scope
                    + ": add it to client id " + clientId + " in the Google Admin console under " + ADMIN_CONSOLE_PATH);
        }
        if (status == 403) {
            return GmailFailure.of(Kind.PERMISSION, "Gmail refused access to the mailbox of " + user + " (" + answer
                    + "): check the domain-wide delegation of client id " + clientId);
        }
        if (status == 400 && reason.equals("failedPrecondition")) {
            return GmailFailure.of(Kind.PERMISSION, user + " has no usable Gmail mailbox (" + answer
                    + "): check the user's Gmail service in Google Workspace");
        }
        if (status == 404) {
            return GmailFailure.of(Kind.NOT_FOUND, answer);
        }
        if (SERVER_ERRORS.contains(status) || status == 408) {
            return new GmailFailure(Kind.TEMPORARY, answer, false, true, retryAfter, googleMessage);
        }
        return GmailFailure.of(Kind.REFUSED, answer);
    }

    private static GmailFailure temporary(String message) {
        return new GmailFailure(Kind.TEMPORARY, message, false, true, null, null);
    }

    private static String reason(GoogleJsonError error) {
        List<GoogleJsonError.ErrorInfo> errors = error.getErrors();
        String reason = errors == null || errors.isEmpty() || errors.get(0).getReason() == null ? ""
                : errors.get(0).getReason();
        return reason.matches("[A-Za-z0-9_.]{1,64}") ? reason : "";
    }

    private static String simpleName(Throwable thrown) {
        return thrown == null ? "no cause" : thrown.getClass().getSimpleName();
    }
}
