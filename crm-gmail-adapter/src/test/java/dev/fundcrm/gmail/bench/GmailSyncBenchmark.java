package dev.fundcrm.gmail.bench;

import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.gmail.DelegatedGmail;
import dev.fundcrm.gmail.GmailMailboxSource;
import dev.fundcrm.gmail.GmailSettings;
import dev.fundcrm.gmail.fake.FakeGmail;
import dev.fundcrm.gmail.fake.FakeMailbox;
import dev.fundcrm.gmail.fake.Route;
import dev.fundcrm.gmail.fake.UserStats;
import dev.fundcrm.gmail.quota.GmailCosts;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A full first sync of one mailbox against the fake Gmail on real time, through the real
 * {@link GmailMailboxSource}, {@link MailboxSync} and in-memory stores, with the fake enforcing a per-user
 * budget per sliding minute. Prints wall time over the quota-limited ideal, the share of requests answered
 * 429, units per message, the cost of an idle incremental sync afterwards and the peak heap (heap in use,
 * sampled every 20 ms by {@link MemoryMXBean}). Not a test: run it by hand (docs/benchmarks.md).
 *
 * <p>Arguments: {@code messages=N} (default 5,000), {@code budget=UNITS_PER_MINUTE} (default 60,000: the 2026
 * table's 6,000 scaled by ten with the mailbox, so a run takes minutes rather than an hour), {@code match=0.1}
 * (the share of messages from a contact).
 */
public final class GmailSyncBenchmark {

    private static final String USER = "anna@fund.example";
    private static final int CONTACTS = 20;

    private GmailSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = intArg(args, "messages", 5_000);
        int budget = intArg(args, "budget", 60_000);
        double match = Double.parseDouble(arg(args, "match", "0.1"));
        int everyNth = (int) Math.round(1 / match);

        GmailCosts costs = GmailCosts.since2026().withBudget(budget);
        try (FakeGmail fake = FakeGmail.start(Clock.systemUTC())) {
            fake.quota().budget(budget, Duration.ofMinutes(1));
            fake.grant(fake.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY, GmailScopes.GMAIL_COMPOSE);
            GmailSettings settings = GmailSettings.defaults(Secret.of(fake.serviceAccountKeyJson()))
                    .withEndpoints(URI.create(fake.rootUrl()), fake.tokenUri()).withCosts(costs);
            DelegatedGmail gmail = DelegatedGmail.connect(settings);
            Stores stores = InMemoryStores.create();
            stores.mailboxes().register(MailboxAccount.of(USER));
            for (int contact = 0; contact < CONTACTS; contact++) {
                stores.contacts().add(Contact.of("Partner " + contact, contactAddress(contact)));
            }
            int matching = seed(fake.user(USER), messages, everyNth);
            MailboxSync sync = new MailboxSync(new GmailMailboxSource(gmail), stores,
                    new MessageTriage(FundDomains.of("fund.example"), stores.contacts()), Clock.systemUTC(),
                    MailboxSync.DEFAULT_PAGE_SIZE);

            System.gc();
            HeapSampler heap = HeapSampler.start();
            long started = System.nanoTime();
            SyncOutcome outcome = sync.sync(Mailbox.of(USER));
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            long peakHeap = heap.stop();
            if (!(outcome instanceof SyncOutcome.Completed completed)) {
                throw new IllegalStateException("the sync did not complete: " + outcome);
            }
            SyncReport report = completed.report();
            UserStats served = fake.stats(USER);

            long listPages = served.calls(Route.MESSAGES_LIST);
            long plannedUnits = costs.getProfile() + (long) Math.ceil(messages / (double) MailboxSync.DEFAULT_PAGE_SIZE)
                    * costs.messagesList() + (long) messages * costs.messagesGet() + (long) matching * costs.messagesGet();
            double unitsPerSecond = budget / 60.0;
            double ideal = plannedUnits / unitsPerSecond;
            double idealFirstWindowFree = Math.max(0, plannedUnits - budget) / unitsPerSecond;

            UserStats before = fake.stats(USER);
            SyncOutcome idle = sync.sync(Mailbox.of(USER));
            UserStats after = fake.stats(USER);

            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "mailbox: %,d messages, %,d from contacts; budget %,d units/min (get = %d)%n",
                    messages, matching, budget, costs.messagesGet());
            System.out.printf(Locale.ROOT, "sync: %s; new %,d, proposals %,d, quarantined %d%n", outcome.getClass()
                    .getSimpleName(), report.newMessages(), stores.proposals().countPending(), report.quarantined());
            System.out.printf(Locale.ROOT, "planned units: %,d (profile + %d list pages + %,d metadata gets + %,d full gets)%n",
                    plannedUnits, listPages, messages, matching);
            System.out.printf(Locale.ROOT, "wall time: %.1f s; quota-limited ideal %.1f s -> ratio %.3f "
                    + "(ideal with the first window's budget free: %.1f s -> %.3f)%n", wall.toMillis() / 1000.0,
                    ideal, wall.toMillis() / 1000.0 / ideal, idealFirstWindowFree,
                    wall.toMillis() / 1000.0 / Math.max(idealFirstWindowFree, 1e-9));
            System.out.printf(Locale.ROOT, "requests: %,d (a batch's calls counted singly); 429 over budget %,d, "
                    + "over concurrency %,d -> %.3f%% refused%n", served.requests(),
                    served.overBudget(), served.overConcurrency(), 100.0 * served.refused() / served.requests());
            System.out.printf(Locale.ROOT, "units spent (as the fake counts): %,d -> %.2f per message; retries %d%n",
                    served.unitsSpent(), served.unitsSpent() / (double) messages, gmail.stats().of(USER).retries());
            System.out.printf(Locale.ROOT, "idle incremental sync: %d request(s), %d history.list, %d units, listed %d%n",
                    after.requests() - before.requests(), after.calls(Route.HISTORY_LIST) - before.calls(Route.HISTORY_LIST),
                    after.unitsSpent() - before.unitsSpent(), ((SyncOutcome.Completed) idle).report().listed());
            System.out.printf(Locale.ROOT, "peak heap in use during the sync: %d MB (MemoryMXBean, sampled every 20 ms)%n",
                    peakHeap >> 20);
        }
    }

    private static int seed(FakeMailbox mailbox, int messages, int everyNth) {
        Instant start = Instant.now();
        int matching = 0;
        for (int index = 0; index < messages; index++) {
            boolean fromContact = index % everyNth == 0;
            matching += fromContact ? 1 : 0;
            String from = fromContact ? contactAddress(index / everyNth % CONTACTS)
                    : "sender" + index + "@stranger" + index % 50 + ".example";
            mailbox.add(letter(from, USER, "Note " + index, "<m" + index + "@mail.example>",
                    start.minus(Duration.ofMinutes(messages - index))));
        }
        return matching;
    }

    private static byte[] letter(String from, String to, String subject, String messageId, Instant date) {
        String text = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nDate: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC)) + "\r\nMessage-ID: "
                + messageId + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "About " + subject + ".\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String contactAddress(int contact) {
        return "lp" + contact + "@partners" + contact + ".example";
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** The most heap in use, sampled on a daemon thread. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
