package dev.fundcrm.gmail.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A pacer whose clock moves only when someone sleeps on it: time in tests without waiting. */
final class ManualPacer implements Pacer {

    private long now;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    synchronized Duration elapsed() {
        return Duration.ofNanos(now);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
