/**
 * The review pages: server-rendered HTML for the people who approve proposals, served by the admin API's
 * Javalin server ({@code AdminApi.start(context, host, port, ReviewPages.extension(context, config))}).
 *
 * <h2>How a page request is handled</h2>
 * Every page is a {@link dev.fundcrm.app.web.PageRoute} with its {@link dev.fundcrm.app.web.PageAccess}
 * (PUBLIC, MEMBER, ADMIN), a {@link dev.fundcrm.app.http.DelegatedAccess} role: the API's guard leaves such
 * routes to {@link dev.fundcrm.app.web.SessionGuard} and refuses any route that has neither kind of role
 * (deny by default). The session guard finds the session by its cookie ({@code fundcrm_session}: random 256
 * bits, HttpOnly, SameSite=Strict, Secure when {@link dev.fundcrm.app.web.WebConfig#secureCookies()}), looks
 * the user up by the hash of the API token the session signed in with (so revoking the token or deactivating
 * an admin takes effect on the next request), sends a GET without a session to the sign-in page, answers a
 * member on an admin page with a 403 page, and refuses every POST without the session's CSRF token (form
 * field {@code csrf} or header {@code X-CSRF-Token}). Sessions live in this process's memory
 * ({@link dev.fundcrm.app.web.Sessions}): a restart signs everyone out, and several instances need sticky
 * sessions until a shared store exists.
 *
 * <h2>Rendering</h2>
 * jte templates in {@code src/main/jte}, precompiled to Java by jte-maven-plugin (no compiler at run time;
 * works in the shaded jar), content type Html: every value is escaped for its place, so text from captured
 * mail stays text. Page models are the records in {@link dev.fundcrm.app.web.Views}. The inbox's script
 * ({@code src/main/resources/web/review.js}, served by the app, no CDN, no build step) posts the ordinary forms
 * with {@code fetch} and moves to the next proposal without a reload; a Content-Security-Policy allows only
 * the app's own script and style.
 *
 * <h2>What the pages call</h2>
 * The domain's use cases and stores from {@link dev.fundcrm.app.http.ApiContext}, never the JSON API over
 * HTTP (ArchUnit holds it). There is no send anywhere: reply drafts go to the team member's Gmail for a person
 * to send.
 */
package dev.fundcrm.app.web;
