package dev.fundcrm.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code referenceId} is set only on a
 * 500: the id under which the failure was logged, the one thing a caller can quote to an operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String referenceId) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(HttpStatus status, String detail, String path) {
        return new Problem("about:blank", status.getMessage(), status.getCode(), detail, path, null);
    }

    public Problem withReferenceId(String id) {
        return new Problem(type, title, status, detail, instance, id);
    }
}
