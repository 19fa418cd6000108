package dev.fundcrm.persistence.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's sizes, from {@code --name=value} arguments; every one has a default (see {@link #USAGE}).
 *
 * @param postgresUrl the server's JDBC URL, with a user allowed to create databases; "" skips PostgreSQL
 * @param bareOnConflict whether the bare inserts ignore conflicts as the store's do, to price ON CONFLICT alone
 * @param keep whether to leave the grown databases behind, to explore their plans by hand
 */
record BenchmarkOptions(int messages, int growTo, int pageSize, int rounds, int warmup, int runs, int mailboxes,
                        int organizations, int contacts, long seed, List<String> engines, String postgresUrl,
                        boolean bareOnConflict, boolean keep) {

    static final String USAGE = """
            --messages=100000   mailbox copies written through Captures.store and through bare JDBC, per round
            --grow-to=1000000   mailbox copies in the database the queries run on (0: skip the query phase)
            --page-size=100     copies per page (MailboxSync.DEFAULT_PAGE_SIZE)
            --rounds=3          write rounds per path, alternating store and bare, each on a fresh database
            --warmup=30000      copies per path written first, unmeasured, so the JIT has compiled both
            --runs=200          timed calls per query
            --mailboxes=20 --organizations=300 --contacts=2000 --seed=42
            --engines=h2,postgresql
            --pg-url=<jdbc url> default: $FUNDCRM_BENCH_PG_URL, else $FUNDCRM_TEST_PG_URL; without one, H2 only
            --bare-on-conflict=false  true adds the store's ON CONFLICT DO NOTHING to the bare inserts
            --keep=false        true leaves the grown databases behind and prints their URLs""";

    BenchmarkOptions {
        if (messages < pageSize || pageSize < 1 || rounds < 1 || runs < 10 || mailboxes < 2 || organizations < 1
                || contacts < organizations || (growTo != 0 && growTo < messages)) {
            throw new IllegalArgumentException("sizes out of range: " + sizes());
        }
        engines = List.copyOf(engines);
    }

    static BenchmarkOptions parse(String[] args) {
        BenchArgs given = BenchArgs.parse(args, USAGE);
        String defaultUrl = BenchArgs.defaultPostgresUrl();
        BenchmarkOptions options = new BenchmarkOptions(number(given, "messages", 100_000),
                number(given, "grow-to", 1_000_000), number(given, "page-size", 100), number(given, "rounds", 3),
                number(given, "warmup", 30_000), number(given, "runs", 200), number(given, "mailboxes", 20),
                number(given, "organizations", 300), number(given, "contacts", 2_000),
                Long.parseLong(given.take("seed", "42")), List.of(given.take("engines", "h2,postgresql").split(",")),
                given.take("pg-url", defaultUrl).strip(),
                Boolean.parseBoolean(given.take("bare-on-conflict", "false")),
                Boolean.parseBoolean(given.take("keep", "false")));
        given.requireAllTaken();
        return options;
    }

    /** The engines to run, in order; PostgreSQL only with a URL. */
    List<String> runnableEngines() {
        List<String> runnable = new ArrayList<>();
        for (String engine : engines) {
            if (engine.equals("h2") || engine.equals("postgresql") && !postgresUrl.isEmpty()) {
                runnable.add(engine);
            } else if (!engine.equals("postgresql")) {
                throw new IllegalArgumentException("unknown engine '" + engine + "': h2 or postgresql");
            }
        }
        return runnable;
    }

    String sizes() {
        return "messages=" + messages + " grow-to=" + growTo + " page-size=" + pageSize + " rounds=" + rounds
                + " warmup=" + warmup + " runs=" + runs + " mailboxes=" + mailboxes + " organizations="
                + organizations + " contacts=" + contacts + " seed=" + seed
                + (bareOnConflict ? " bare-on-conflict" : "");
    }

    private static int number(BenchArgs given, String name, int fallback) {
        return Integer.parseInt(given.take(name, String.valueOf(fallback)).replace("_", ""));
    }
}
