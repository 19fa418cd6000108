package dev.fundcrm.persistence.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + USAGE);
            }
            given.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String defaultUrl = System.getenv().getOrDefault("FUNDCRM_BENCH_PG_URL",
                System.getenv().getOrDefault("FUNDCRM_TEST_PG_URL", ""));
        BenchmarkOptions options = new BenchmarkOptions(number(given, "messages", 100_000),
                number(given, "grow-to", 1_000_000), number(given, "page-size", 100), number(given, "rounds", 3),
                number(given, "warmup", 30_000), number(given, "runs", 200), number(given, "mailboxes", 20),
                number(given, "organizations", 300), number(given, "contacts", 2_000),
                Long.parseLong(text(given, "seed", "42")), List.of(text(given, "engines", "h2,postgresql").split(",")),
                text(given, "pg-url", defaultUrl).strip(),
                Boolean.parseBoolean(text(given, "bare-on-conflict", "false")),
                Boolean.parseBoolean(text(given, "keep", "false")));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet() + "\n" + USAGE);
        }
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

    private static int number(Map<String, String> given, String name, int fallback) {
        return Integer.parseInt(text(given, name, String.valueOf(fallback)).replace("_", ""));
    }

    private static String text(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }
}
