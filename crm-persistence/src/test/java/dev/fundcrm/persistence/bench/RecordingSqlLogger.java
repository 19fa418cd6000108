package dev.fundcrm.persistence.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Catches the statement a store runs, SQL and bound arguments, so that the benchmark can EXPLAIN exactly what the
 * store sent rather than a copy of its SQL. Records only while {@link #record} runs. Thread-safe enough for one
 * recording at a time.
 */
final class RecordingSqlLogger implements SqlLogger {

    /** A statement as the store ran it: Jdbi's SQL with named parameters, and their arguments. */
    record Statement(String sql, Map<String, Argument> arguments) {
    }

    private volatile boolean recording;
    private volatile Statement last;

    @Override
    public void logBeforeExecution(StatementContext context) {
        if (recording) {
            Map<String, Argument> arguments = new LinkedHashMap<>();
            for (String name : context.getBinding().getNames()) {
                arguments.put(name, context.getBinding().findForName(name, context).orElseThrow());
            }
            last = new Statement(context.getRawSql(), arguments);
        }
    }

    /** The last statement the call ran. */
    Statement record(Runnable call) {
        recording = true;
        try {
            call.run();
        } finally {
            recording = false;
        }
        return last;
    }

    /** The plan of the statement, one line per row the engine returns. */
    static List<String> explain(Jdbi jdbi, String explainPrefix, Statement statement) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(explainPrefix + " " + statement.sql());
            statement.arguments().forEach(query::bind);
            return query.mapTo(String.class).stream().flatMap(String::lines).toList();
        });
    }
}
