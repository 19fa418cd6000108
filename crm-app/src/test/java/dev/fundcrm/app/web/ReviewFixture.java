package dev.fundcrm.app.web;

import dev.fundcrm.app.http.AdminApi;
import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.app.sync.SyncProgress;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.TemplateDigestWriter;
import dev.fundcrm.domain.service.UseCases;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingBackfillRequests;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoMailboxes;
import dev.fundcrm.domain.testkit.demo.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin API with the review pages on a random port, over the demo fund synced from the demo mailboxes
 * plus {@value #EXTRA} older messages from the fund's LPs (so that there is a queue worth reviewing by
 * keyboard), one of them with a hostile subject. Alice holds an admin token, Carol a member token; drafts
 * and mail go to recording fakes. Close it to stop the server.
 */
final class ReviewFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    /** LP messages older than the demo's mail, each on its own thread. */
    static final int EXTRA = 70;
    static final String HOSTILE_SUBJECT = "<script>alert(1)</script> \"quoted\" & <b>bold</b>";
    private static final String[][] LPS = {
        {"Jane Doe", "jane.doe@acmepension.com"}, {"Raj Patel", "raj@globex.com"}, {"Tom Lee", "tom@initech.edu"}};

    final Stores stores = InMemoryStores.create();
    final InMemoryMailboxSource source = new InMemoryMailboxSource();
    final RecordingDrafts drafts = new RecordingDrafts();
    final RecordingOutboundMail outbound = new RecordingOutboundMail("smtp");
    final List<EmailAddress> syncRequests = new ArrayList<>();
    /** The syncs the mailboxes page shows as running: tests put progress here. */
    final Map<EmailAddress, SyncProgress> running = new ConcurrentHashMap<>();
    final MutableClock clock = new MutableClock(NOW);
    final InMemoryApiTokens tokens = new InMemoryApiTokens();
    final ApiContext context;
    final AdminApi server;
    final String adminToken;
    final String memberToken;

    ReviewFixture() {
        this(WebConfig.plainHttp());
    }

    ReviewFixture(WebConfig config) {
        this(config, 0, true);
    }

    /**
     * @param port      0 for a random free one
     * @param extraMail add the {@value #EXTRA} older LP messages to the demo's mail
     */
    ReviewFixture(WebConfig config, int port, boolean extraMail) {
        DemoFund.seed(stores);
        UseCases useCases = UseCases.wire(new UseCases.Ports(stores, source, drafts, null, outbound,
                new TemplateDigestWriter()), DemoFund.settings(), clock);
        DemoMailboxes.load(source);
        if (extraMail) {
            extraMail().forEach(source::add);
        }
        stores.mailboxes().all().forEach(account -> useCases.sync().sync(account.mailbox()));
        adminToken = issue(tokens, DemoFund.ALICE, Role.ADMIN);
        memberToken = issue(tokens, DemoFund.CAROL, Role.MEMBER);
        context = new ApiContext(useCases, stores, tokens, DemoFund.settings(), clock, recordingSync(),
                new TemplateDigestWriter(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new RecordingBackfillRequests());
        server = AdminApi.start(context, "127.0.0.1", port, ReviewPages.extension(context, config));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private SyncControl recordingSync() {
        return new SyncControl() {
            @Override
            public void requestSync(EmailAddress mailbox) {
                synchronized (syncRequests) {
                    syncRequests.add(mailbox);
                }
            }

            @Override
            public Map<EmailAddress, SyncProgress> running() {
                return Map.copyOf(running);
            }
        };
    }

    private static List<ParsedMessage> extraMail() {
        List<ParsedMessage> messages = new ArrayList<>();
        Instant first = DemoMailboxes.LAST_MAIL.minus(Duration.ofDays(60));
        for (int i = 1; i <= EXTRA; i++) {
            String[] lp = LPS[i % LPS.length];
            String id = String.format("x%02d", i);
            String subject = i == 1 ? HOSTILE_SUBJECT : String.format("Portfolio question %02d", i);
            messages.add(ParsedMessage.builder(MessageRef.of(DemoFund.ALICE, id, "t-" + id))
                    .detail(ParsedMessage.Detail.FULL)
                    .messageId("<" + id + "@lp.example>")
                    .from(Participant.of(lp[0], lp[1]))
                    .to(Participant.of(DemoFund.ALICE), Participant.of(DemoFund.BOB))
                    .subject(subject)
                    .sentAt(first.plus(Duration.ofHours(i)))
                    .textExcerpt("Hello Alice,\n\nA question about the portfolio (" + id + ").\n\nBest, " + lp[0])
                    .build());
        }
        return messages;
    }

    private static String issue(InMemoryApiTokens tokens, String user, Role role) {
        String token = ApiToken.issue().reveal();
        tokens.add(ApiToken.hash(token), new ApiUser(EmailAddress.of(user), role), NOW);
        return token;
    }

    @Override
    public void close() {
        server.stop();
    }
}
