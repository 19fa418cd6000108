package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Google's error answers, in the JSON shape its APIs use ({@code {"error": {code, message, errors[{message,
 * domain, reason}], status}}}), with the texts Google uses where we know them. A message that names the fake
 * marks an answer Google would not give, for a request the fake does not emulate.
 */
final class GoogleErrors {

    private static final String AUTH_HELP = " Expected OAuth 2 access token, login cookie or other valid "
            + "authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    private GoogleErrors() {
    }

    static ApiResponse notFound() {
        return error(404, "NOT_FOUND", "notFound", "global", "Requested entity was not found.");
    }

    static ApiResponse badRequest(String message) {
        return error(400, "INVALID_ARGUMENT", "invalidArgument", "global", message);
    }

    static ApiResponse failedPrecondition(String message) {
        return error(400, "FAILED_PRECONDITION", "failedPrecondition", "global", message);
    }

    static ApiResponse loginRequired() {
        return error(401, "UNAUTHENTICATED", "required", "global",
                "Request is missing required authentication credential." + AUTH_HELP);
    }

    /** An unknown or expired token: the header makes google-auth-library refresh and retry once. */
    static ApiResponse invalidCredentials() {
        return error(401, "UNAUTHENTICATED", "authError", "global",
                "Request had invalid authentication credentials." + AUTH_HELP)
                .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    static ApiResponse insufficientPermissions() {
        return error(403, "PERMISSION_DENIED", "insufficientPermissions", "global",
                "Request had insufficient authentication scopes.");
    }

    static ApiResponse forbidden(String message) {
        return error(403, "PERMISSION_DENIED", "forbidden", "global", message);
    }

    static ApiResponse rateLimited(String message) {
        return error(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "usageLimits", message);
    }

    static ApiResponse userRateLimited(String message) {
        return error(403, "PERMISSION_DENIED", "userRateLimitExceeded", "usageLimits", message);
    }

    /** 500 and 503 come as JSON; Google's front end answers 502 with an HTML page, so does the fake. */
    static ApiResponse serverError(int status) {
        return switch (status) {
            case 500 -> error(500, "INTERNAL", "backendError", "global", "Internal error encountered.");
            case 503 -> error(503, "UNAVAILABLE", "backendError", "global", "The service is currently unavailable.");
            case 502 -> ApiResponse.of(502, "text/html; charset=UTF-8", "<!DOCTYPE html><html lang=en><title>"
                    + "Error 502 (Server Error)!!1</title><p><b>502.</b> That\u2019s an error.<p>The server "
                    + "encountered a temporary error and could not complete your request.<p>Please try again "
                    + "in 30 seconds.</html>");
            default -> error(status, "UNKNOWN", "backendError", "global", "Backend Error");
        };
    }

    static ApiResponse error(int code, String status, String reason, String domain, String message) {
        JsonObject detail = new JsonObject();
        detail.addProperty("message", message);
        detail.addProperty("domain", domain);
        detail.addProperty("reason", reason);
        JsonArray errors = new JsonArray();
        errors.add(detail);
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.add("errors", errors);
        error.addProperty("status", status);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return ApiResponse.json(code, body);
    }
}
