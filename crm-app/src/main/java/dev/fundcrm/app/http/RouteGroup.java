package dev.fundcrm.app.http;

import java.util.List;

/**
 * A group of related routes (mailboxes, proposals, ...): one class per group, constructed with the
 * {@link ApiContext} slice it needs, declaring its routes with {@link Route}. See {@code package-info}.
 */
public interface RouteGroup {

    List<Route> routes();
}
