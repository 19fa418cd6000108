package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.app.http.AuthThrottle;
import dev.fundcrm.app.http.BearerAuth;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review pages, served by the admin API's Javalin server: pass {@link #extension} to
 * {@code AdminApi.start}. Sign-in with an API token, the inbox of pending proposals, the message and contact
 * views, and the admin pages. Every page is declared with its {@link PageAccess} and checked by
 * {@link SessionGuard}; none is an API route, so none is in {@code /openapi.json}. The pages call the
 * domain's use cases and stores directly, never the JSON API.
 */
public final class ReviewPages {

    /** Failed sign-ins allowed per address within the window: the same budget as the API's bearer tokens. */
    private static final int MAX_SIGN_IN_FAILURES = 10;
    private static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(5);

    private ReviewPages() {
    }

    /** What to add to the API's server for the review pages. */
    public static Consumer<JavalinConfig> extension(ApiContext context, WebConfig config) {
        Sessions sessions = new Sessions(context.clock(), config.idleTimeout());
        BearerAuth auth = new BearerAuth(context.tokens(), context.stores().admins());
        Responses responses = new Responses(new Templates());
        SessionGuard guard = new SessionGuard(sessions, auth, responses, config.secureCookies());
        Formats formats = new Formats(context.settings().zone());
        List<PageRoute> pages = new ArrayList<>();
        pages.addAll(new Assets().pages());
        pages.addAll(new SignInPages(sessions, auth, guard, responses,
                new AuthThrottle(context.clock(), MAX_SIGN_IN_FAILURES, SIGN_IN_WINDOW)).pages());
        pages.addAll(new InboxPages(context, responses, formats).pages());
        pages.addAll(new ReviewActions(context, responses).pages());
        pages.addAll(new MessagePages(context, responses, formats).pages());
        pages.addAll(new ContactPages(context, responses, formats).pages());
        pages.addAll(new MailboxPages(context, responses, formats).pages());
        pages.addAll(new AdminPages(context, responses, formats).pages());
        List<PageRoute> declared = List.copyOf(pages);
        return javalin -> {
            javalin.routes.beforeMatched(guard);
            for (PageRoute page : declared) {
                javalin.routes.addHttpHandler(page.method(), page.path(), new PageErrors(page.handler(), responses),
                        page.access());
            }
        };
    }
}
