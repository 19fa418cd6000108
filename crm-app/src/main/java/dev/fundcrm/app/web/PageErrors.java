package dev.fundcrm.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a page's handler: a {@link PageException} becomes its status with its sentence; anything unexpected
 * becomes a 500 page with a reference id, and the exception goes to the log under that id, never to the page.
 */
final class PageErrors implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final Handler page;
    private final Responses responses;

    PageErrors(Handler page, Responses responses) {
        this.page = page;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        try {
            page.handle(ctx);
        } catch (PageException e) {
            responses.refuse(ctx, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.error("page {} {} failed, reference {}", ctx.method(), ctx.path(), reference, e);
            responses.refuse(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Quote reference " + reference + " to the operator.");
        }
    }
}
