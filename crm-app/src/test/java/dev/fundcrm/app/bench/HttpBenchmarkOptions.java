package dev.fundcrm.app.bench;

import dev.fundcrm.persistence.bench.BenchArgs;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The HTTP benchmark's options, from {@code --name=value} arguments, each with a default (see {@link #USAGE}).
 *
 * @param postgresUrl a PostgreSQL server's JDBC URL whose user may create databases; needed for {@code postgresql}
 * @param reuse blank, or the name of a PostgreSQL database grown once and kept for later runs
 */
record HttpBenchmarkOptions(List<String> engines, String postgresUrl, long copies, List<Integer> connections,
                            Duration duration, Duration warmup, int threads, List<String> only, String reuse) {

    static final String USAGE = """
            --engines=postgresql,h2  which databases, in that order (postgresql needs a URL)
            --pg-url=<jdbc url>      default: $FUNDCRM_BENCH_PG_URL, else $FUNDCRM_TEST_PG_URL
            --copies=1000000         mailbox copies in the database (the store benchmark's synthetic fund)
            --connections=1,8,32     wrk connections, one run each per route
            --seconds=20             length of each measured run
            --warmup-seconds=5       an unmeasured run per route first, with 8 connections
            --threads=2              wrk threads (at most one per connection)
            --only=                  only the routes whose name contains one of these texts (e.g. "first,mailbox")
            --reuse=                 a PostgreSQL database name: grown once and kept, used as it is by later runs""";

    HttpBenchmarkOptions {
        engines = List.copyOf(engines);
        connections = List.copyOf(connections);
        only = List.copyOf(only);
        for (String engine : engines) {
            if (!engine.equals("h2") && !engine.equals("postgresql")) {
                throw new IllegalArgumentException("unknown engine '" + engine + "': h2 or postgresql\n" + USAGE);
            }
        }
        if (engines.contains("postgresql") && postgresUrl.isBlank()) {
            throw new IllegalArgumentException("postgresql needs --pg-url (or FUNDCRM_BENCH_PG_URL)\n" + USAGE);
        }
        if (copies < 1_000 || threads < 1 || connections.isEmpty() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("sizes out of range\n" + USAGE);
        }
        if (!reuse.isBlank() && engines.contains("h2")) {
            throw new IllegalArgumentException("--reuse keeps a PostgreSQL database: use it with --engines=postgresql\n"
                    + USAGE);
        }
    }

    static HttpBenchmarkOptions parse(String[] args) {
        BenchArgs given = BenchArgs.parse(args, USAGE);
        String defaultUrl = BenchArgs.defaultPostgresUrl();
        HttpBenchmarkOptions options = new HttpBenchmarkOptions(
                List.of(given.take("engines", "postgresql,h2").split(",")), given.take("pg-url", defaultUrl).strip(),
                Long.parseLong(given.take("copies", "1000000").replace("_", "")),
                Arrays.stream(given.take("connections", "1,8,32").split(",")).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(given.take("seconds", "20"))),
                Duration.ofSeconds(Long.parseLong(given.take("warmup-seconds", "5"))),
                Integer.parseInt(given.take("threads", "2")),
                Arrays.stream(given.take("only", "").split(",")).filter(name -> !name.isBlank()).toList(),
                given.take("reuse", "").strip());
        given.requireAllTaken();
        return options;
    }

    @Override
    public String toString() {
        return "engines=" + engines + " copies=" + copies + " connections=" + connections + " seconds="
                + duration.toSeconds() + " warmup-seconds=" + warmup.toSeconds() + " threads=" + threads
                + (only.isEmpty() ? "" : " only=" + String.join(",", only)) + (reuse.isBlank() ? "" : " reuse=" + reuse);
    }

    /** Whether a route of this name is to be run. */
    boolean runs(String route) {
        return only.isEmpty() || only.stream().anyMatch(route::contains);
    }

}
