package dev.fundcrm.persistence.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmarks' {@code --name=value} arguments: each option is taken once ({@link #take}), and what is left
 * at the end was not understood ({@link #requireAllTaken}). Shared by the store and the HTTP benchmark.
 */
public final class BenchArgs {

    private final Map<String, String> given = new LinkedHashMap<>();
    private final String usage;

    private BenchArgs(String usage) {
        this.usage = usage;
    }

    /** @throws IllegalArgumentException for an argument not of the form {@code --name=value}, with the usage */
    public static BenchArgs parse(String[] args, String usage) {
        BenchArgs parsed = new BenchArgs(usage);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + usage);
            }
            parsed.given.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return parsed;
    }

    /** The PostgreSQL URL when {@code --pg-url} is not given: FUNDCRM_BENCH_PG_URL, else FUNDCRM_TEST_PG_URL, else "". */
    public static String defaultPostgresUrl() {
        return System.getenv().getOrDefault("FUNDCRM_BENCH_PG_URL",
                System.getenv().getOrDefault("FUNDCRM_TEST_PG_URL", ""));
    }

    /** The option's value, or the fallback when it was not given. */
    public String take(String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }

    /** @throws IllegalArgumentException naming the options no {@link #take} asked for, with the usage */
    public void requireAllTaken() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet() + "\n" + usage);
        }
    }
}
