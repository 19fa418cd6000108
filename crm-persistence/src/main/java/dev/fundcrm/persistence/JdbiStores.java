package dev.fundcrm.persistence;

import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Every store of the domain over one migrated database. */
public final class JdbiStores {

    private JdbiStores() {
    }

    /** The stores over a DataSource whose schema is migrated (see {@code Migrations}). */
    public static Stores create(DataSource dataSource) {
        return create(Jdbi.create(dataSource));
    }

    public static Stores create(Jdbi jdbi) {
        return new Stores(new JdbiTransactions(jdbi), new JdbiContacts(jdbi), new JdbiMessages(jdbi),
                new JdbiProposals(jdbi), new JdbiActivities(jdbi), new JdbiMailboxes(jdbi), new JdbiAdmins(jdbi),
                new JdbiBlocklist(jdbi), new JdbiAuditLog(jdbi), new JdbiDigestRuns(jdbi), new JdbiCaptures(jdbi),
                new JdbiMailboxLeases(jdbi));
    }

    /** The admin API's tokens over the same database: the app's concern, not the use cases', so not in {@link Stores}. */
    public static ApiTokens apiTokens(DataSource dataSource) {
        return apiTokens(Jdbi.create(dataSource));
    }

    public static ApiTokens apiTokens(Jdbi jdbi) {
        return new JdbiApiTokens(jdbi);
    }
}
