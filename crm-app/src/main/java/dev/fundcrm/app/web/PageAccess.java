package dev.fundcrm.app.web;

import dev.fundcrm.app.http.DelegatedAccess;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.Role;

/**
 * Who may open a review page: every {@link Page} declares one, and {@link SessionGuard} checks it against
 * the signed-in session. A page registered without one is refused by the API's guard (deny by default).
 */
enum PageAccess implements DelegatedAccess {
    /** No session needed: sign-in and the static assets. */
    PUBLIC,
    /** Any signed-in user. */
    MEMBER,
    /** A signed-in user whose token is an active admin's. */
    ADMIN;

    boolean admits(ApiUser user) {
        return this != ADMIN || user.role() == Role.ADMIN;
    }
}
