package dev.fundcrm.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * Binds named parameters to a query: a collection as a list, for {@code IN (<name>)} (which Jdbi's
 * {@code bindMap} can't), anything else as one value. Lets one loader serve "by id" and "by these ids".
 */
final class QueryBinding {

    private QueryBinding() {
    }

    static Query bind(Query query, Map<String, ?> params) {
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.bindList(name, List.copyOf(values));
            } else {
                query.bind(name, value);
            }
        });
        return query;
    }
}
