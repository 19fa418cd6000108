package dev.fundcrm.app.sync;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbered daemon threads ({@code fundcrm-sync-1}, ...): named so that log lines and thread dumps say whose they
 * are, daemons so that a JVM whose main thread ended is not kept alive by an idle pool. Thread-safe.
 */
final class DaemonThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
