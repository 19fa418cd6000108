package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.UnknownRecordException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem: thrown {@link ProblemException}s, Javalin's own errors
 * (404 unknown route, 405, 413 oversize body) and unexpected exceptions, which answer 500 with only a
 * reference id; the exception itself goes to the log under that id, never to the caller.
 */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** Marks a response that already carries its problem, so the status error handlers leave it alone. */
    private static final String WRITTEN = "fundcrm.problemWritten";

    private ProblemResponses() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ProblemException.class,
                (e, ctx) -> write(ctx, Problem.of(e.status(), e.detail(), ctx.path()), e.headers()));
        routes.exception(UnknownRecordException.class,
                (e, ctx) -> write(ctx, Problem.of(HttpStatus.NOT_FOUND, e.getMessage(), ctx.path()), Map.of()));
        routes.exception(HttpResponseException.class, ProblemResponses::frameworkError);
        routes.exception(Exception.class, ProblemResponses::unexpected);
        for (HttpStatus status : HttpStatus.values()) {
            if (status.getCode() >= 400) {
                routes.error(status.getCode(), ProblemResponses::statusWithoutProblem);
            }
        }
    }

    private static void frameworkError(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        String detail = switch (status) {
            case CONTENT_TOO_LARGE -> "the request body is larger than this API accepts";
            case BAD_REQUEST -> "the request could not be read";
            default -> status.getMessage();
        };
        write(ctx, Problem.of(status, detail, ctx.path()), Map.of());
    }

    private static void unexpected(Exception e, Context ctx) {
        String referenceId = UUID.randomUUID().toString();
        LOG.error("request {} {} failed, reference {}", ctx.method(), ctx.path(), referenceId, e);
        Problem problem = Problem.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed; quote reference " + referenceId + " to the operator", ctx.path());
        write(ctx, problem.withReferenceId(referenceId), Map.of());
    }

    /**
     * A status set without a problem body (unknown route, wrong method): give it one. A response that already
     * has a body (a review page's own error page) is left as it is.
     */
    private static void statusWithoutProblem(Context ctx) {
        if (ctx.attribute(WRITTEN) != null || ctx.resultInputStream() != null) {
            return;
        }
        HttpStatus status = ctx.status();
        String detail = switch (status) {
            case NOT_FOUND -> "no route " + ctx.path();
            case METHOD_NOT_ALLOWED -> ctx.path() + " does not answer " + ctx.method();
            default -> status.getMessage();
        };
        write(ctx, Problem.of(status, detail, ctx.path()), Map.of());
    }

    static void write(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
    }
}
