package dev.fundcrm.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a long-running command ({@code serve}, {@code demo}) ends: on the JVM's shutdown (SIGTERM, Ctrl-C) in
 * production, or when a test calls {@link #stop()}. What was registered closes in reverse order: the API
 * before the sync runner before the pool. Thread-safe.
 */
public final class Shutdown {

    private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);

    /** A shutdown that a test triggers. */
    public static Shutdown manual() {
        return new Shutdown();
    }

    /** A shutdown triggered by the JVM's own (SIGTERM, SIGINT). */
    public static Shutdown onJvmExit() {
        Shutdown shutdown = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stop, "fundcrm-shutdown"));
        return shutdown;
    }

    /** Closes the resource when stopping, before those registered earlier. */
    public synchronized void onStop(AutoCloseable resource) {
        resources.push(resource);
    }

    /** Closes what was registered, once; later calls return at once. */
    public void stop() {
        boolean anything;
        synchronized (this) {
            if (stopped.getCount() == 0) {
                return;
            }
            anything = !resources.isEmpty();
            while (!resources.isEmpty()) {
                AutoCloseable resource = resources.pop();
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("stopping {} failed: {}", resource.getClass().getSimpleName(),
                            e.getClass().getSimpleName());
                }
            }
            stopped.countDown();
        }
        if (anything) {
            LOG.info("stopped");
        }
    }

    /** Called by a server command once it serves: what a test waits for before it talks to it. */
    public void ready() {
        ready.countDown();
    }

    /** Blocks until the command is {@link #ready()} or stopped (it failed to start), at most {@code seconds}. */
    public boolean awaitReady(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (ready.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (stopped.getCount() == 0) {
                return false;
            }
        }
        return false;
    }

    /** Blocks until {@link #stop()} has closed everything. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
