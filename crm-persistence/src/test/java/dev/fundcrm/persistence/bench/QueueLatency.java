package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.Database;
import dev.fundcrm.persistence.JdbiStores;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Times the review queue and a contact's timeline on a grown database through the real stores, each query with a
 * random contact, organization, mailbox or deep cursor per call, and prints the plan the engine chose for the
 * slowest call's arguments.
 */
final class QueueLatency {

    private static final int PAGE = 50;

    private final BenchDatabase database;
    private final SyntheticFund fund;
    private final BenchmarkOptions options;
    private final PrintStream out;
    private final RecordingSqlLogger recorder = new RecordingSqlLogger();
    private final Jdbi jdbi;
    private final Stores stores;

    QueueLatency(BenchDatabase database, SyntheticFund fund, BenchmarkOptions options, PrintStream out) {
        this.database = database;
        this.fund = fund;
        this.options = options;
        this.out = out;
        this.jdbi = Jdbi.create(database.pool()).setSqlLogger(recorder);
        this.stores = JdbiStores.create(jdbi);
    }

    List<Latencies> run(String engine) {
        List<String> deepCursors = deepCursors();
        out.printf("  %,d pending proposals, %d deep cursors%n", stores.proposals().countPending(), deepCursors.size());
        PendingQuery first = PendingQuery.firstPage(PAGE);
        List<Latencies> results = new ArrayList<>();
        results.add(measure(engine, "queue: first page", pick -> stores.proposals().pending(first)));
        results.add(measure(engine, "queue: deep page (cursor)",
                pick -> stores.proposals().pending(first.after(deepCursors.get(pick % deepCursors.size())))));
        results.add(measure(engine, "queue: contact filter",
                pick -> stores.proposals().pending(first.forContact(contact(pick)))));
        results.add(measure(engine, "queue: organization filter", pick -> stores.proposals()
                .pending(first.forOrganization(fund.organization(pick % fund.organizations().size()).id()))));
        results.add(measure(engine, "queue: mailbox filter",
                pick -> stores.proposals().pending(first.forMailbox(fund.mailbox(pick % fund.mailboxes().size())))));
        // A mailbox that saw none of the queue's messages (new, or an assistant's): the filter finds nothing, and
        // only a plan that starts from the mailbox's sightings learns so without reading the whole queue.
        PendingQuery quiet = first.forMailbox(Mailbox.of("assistant@fund.example"));
        // It reads the whole queue on each call, so a tenth of the runs tells as much.
        results.add(measure(engine, "queue: mailbox without any", Math.max(10, options.runs() / 10),
                pick -> stores.proposals().pending(quiet)));
        results.add(measure(engine, "timeline: forContact",
                pick -> stores.activities().forContact(contact(pick), PAGE)));
        return results;
    }

    /** Cursors into the second half of the queue, found by paging through all of it. */
    private List<String> deepCursors() {
        List<String> cursors = new ArrayList<>();
        String cursor = "";
        do {
            Page<Proposal> page = stores.proposals()
                    .pending(PendingQuery.firstPage(PendingQuery.MAX_LIMIT).after(cursor));
            cursor = page.nextCursor();
            if (!cursor.isEmpty()) {
                cursors.add(cursor);
            }
        } while (!cursor.isEmpty());
        return cursors.isEmpty() ? List.of("") : List.copyOf(cursors.subList(cursors.size() / 2, cursors.size()));
    }

    private ContactId contact(int pick) {
        return fund.contact(pick % fund.contacts().size()).id();
    }

    private Latencies measure(String engine, String name, IntConsumer call) {
        return measure(engine, name, options.runs(), call);
    }

    private Latencies measure(String engine, String name, int runs, IntConsumer call) {
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int run = 0; run < runs / 4; run++) {
            call.accept(random.nextInt(Integer.MAX_VALUE));
        }
        long[] nanos = new long[runs];
        int slowestPick = 0;
        long slowest = -1;
        for (int run = 0; run < nanos.length; run++) {
            int pick = random.nextInt(Integer.MAX_VALUE);
            long start = System.nanoTime();
            call.accept(pick);
            nanos[run] = System.nanoTime() - start;
            if (nanos[run] > slowest) {
                slowest = nanos[run];
                slowestPick = pick;
            }
        }
        Latencies latencies = new Latencies(name, nanos);
        out.println(latencies.line(engine));
        int planPick = slowestPick;
        RecordingSqlLogger.Statement statement = recorder.record(() -> call.accept(planPick));
        String explain = database.engine() == Database.POSTGRESQL ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN ANALYZE";
        out.println("    plan for the slowest call's arguments: " + explain + " " + statement.sql());
        RecordingSqlLogger.explain(jdbi, explain, statement).forEach(line -> out.println("      " + line));
        return latencies;
    }
}
