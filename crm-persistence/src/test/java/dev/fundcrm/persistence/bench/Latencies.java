package dev.fundcrm.persistence.bench;

import java.util.Arrays;

/** Timings of one query over many calls, in nanoseconds, with the nearest-rank percentiles of them. */
record Latencies(String query, long[] nanos) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    double percentileMillis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return nanos[nanos.length - 1] / 1e6;
    }

    String line(String engine) {
        return String.format("%-10s %-28s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms", engine, query,
                percentileMillis(50), percentileMillis(99), maxMillis());
    }
}
