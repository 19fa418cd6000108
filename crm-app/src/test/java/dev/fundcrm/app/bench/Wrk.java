package dev.fundcrm.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the {@code wrk} load generator (Debian's package) against a list of paths, each connection taking them in
 * turn from its own offset, with a bearer token, and reads back what a small Lua script prints when wrk is done:
 * requests, non-2xx answers, socket errors and the latency percentiles, exactly (wrk's own text rounds them).
 * The script holds the token, so it is written to a file only its owner may read and deleted afterwards.
 */
final class Wrk {

    /** One run's figures; latencies in milliseconds. */
    record Result(long requests, long non2xx, long socketErrors, double seconds, double p50, double p99,
                  double max) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "FUNDCRM requests=(\\d+) non2xx=(\\d+) socket=(\\d+) micros=(\\d+)"
                    + " p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+)");

    private final String baseUrl;
    private final String token;
    private final int threads;

    Wrk(String baseUrl, String token, int threads) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.threads = threads;
    }

    Result run(List<String> paths, int connections, Duration duration) throws IOException, InterruptedException {
        Path script = Files.createTempFile("fundcrm-wrk", ".lua",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(script, script(paths), StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder("wrk", "--latency", "--timeout", "10s",
                    "-t", String.valueOf(Math.min(threads, connections)), "-c", String.valueOf(connections),
                    "-d", duration.toSeconds() + "s", "-s", script.toString(), baseUrl)
                    .redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            Matcher matcher = LINE.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException("wrk printed no summary:\n" + output);
            }
            return new Result(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)) / 1e6,
                    Double.parseDouble(matcher.group(5)) / 1e3, Double.parseDouble(matcher.group(6)) / 1e3,
                    Double.parseDouble(matcher.group(7)) / 1e3);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Thread n starts at offset n * 7919 (a prime), so that threads don't ask for the same path together. */
    private String script(List<String> paths) {
        String list = paths.stream().map(path -> "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",\n  "));
        return """
                local paths = {
                  %s
                }
                wrk.headers["Authorization"] = "Bearer %s"
                local started = 0
                function setup(thread)
                  thread:set("offset", started * 7919)
                  started = started + 1
                end
                local count = 0
                function request()
                  count = count + 1
                  return wrk.format("GET", paths[((offset or 0) + count) %% #paths + 1])
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format(
                    "FUNDCRM requests=%%d non2xx=%%d socket=%%d micros=%%d p50=%%.1f p99=%%.1f max=%%.1f\\n",
                    summary.requests, e.status, e.connect + e.read + e.write + e.timeout, summary.duration,
                    latency:percentile(50), latency:percentile(99), latency.max))
                end
                """.formatted(list, token);
    }
}
