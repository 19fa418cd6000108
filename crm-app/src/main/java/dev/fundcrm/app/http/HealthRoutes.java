package dev.fundcrm.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.in.DigestHealth;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.port.out.StoreException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: public, for load balancers and the operator: is the database reachable, how went the
 * last sync, and whether the daily digest is stuck on refused credentials (status DEGRADED, still 200: the
 * app serves, but an admin must fix the configuration and restart it).
 */
final class HealthRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    /** The health answer; 503 when the database can't be read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(String status, String database, LastSync lastSync, String digest) {
    }

    /** The most recent sync attempt over all mailboxes. */
    public record LastSync(String mailbox, String status, Instant at, String error) {
    }

    private final Mailboxes mailboxes;
    private final DigestHealth digest;

    HealthRoutes(ApiContext context) {
        this.mailboxes = context.stores().mailboxes();
        this.digest = context.useCases().delivery();
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/health", Access.PUBLIC, "Database reachability and the last sync", this::health)
                .returns(Health.class));
    }

    private void health(Context ctx) {
        Optional<SyncState> last;
        Optional<String> digestProblem;
        try {
            last = mailboxes.all().stream()
                    .map(MailboxAccount::mailbox)
                    .map(mailboxes::state)
                    .filter(state -> state.lastAttempt().isPresent())
                    .max(Comparator.comparing(state -> state.lastAttempt().get()));
            digestProblem = digest.authenticationFailure().map(DigestHealth.AuthenticationFailure::summary);
        } catch (StoreException e) {
            LOG.warn("health check: the database can't be read: {}", e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Health("DOWN", "DOWN", null, null));
            return;
        }
        ctx.json(new Health(digestProblem.isPresent() ? "DEGRADED" : "UP", "UP",
                last.map(state -> new LastSync(state.mailbox().toString(), state.status().name(),
                        state.lastAttemptOrNull(), state.lastError())).orElse(null),
                digestProblem.orElse(null)));
    }
}
