package dev.fundcrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingDrafts;
import dev.fundcrm.domain.testkit.RecordingOutboundMail;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import dev.fundcrm.domain.testkit.demo.DemoSync;
import dev.fundcrm.gmail.GmailMailboxSource;
import dev.fundcrm.gmail.GmailOutboundMail;
import dev.fundcrm.gmail.fake.FakeGmail;
import dev.fundcrm.smtp.SmtpOutboundMail;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("CRM_FUND_DOMAINS", "northwind.vc"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void configuredMailboxesAreRegisteredWithTheirAliasesAndAPausedOneStaysPaused() {
        AppConfig config = AppConfig.from(env("CRM_MAILBOXES", "alice@northwind.vc;alice.smith@northwind.vc,bob@northwind.vc"));
        var stores = InMemoryStores.create();
        stores.mailboxes().register(MailboxAccount.of("bob@northwind.vc").withPaused(true));
        try (Application app = Application.wire(config, stores, new InMemoryApiTokens(), Adapters.from(config,
                Clock.systemUTC()), Clock.systemUTC(), () -> { })) {
            app.registerConfiguredMailboxes();

            assertThat(stores.mailboxes().find(Mailbox.of("alice@northwind.vc"))).contains(
                    MailboxAccount.of("alice@northwind.vc", "alice.smith@northwind.vc"));
            assertThat(stores.mailboxes().find(Mailbox.of("bob@northwind.vc")).orElseThrow().paused()).isTrue();
            assertThat(app.apiContext().sync()).isSameAs(app.runner());
        }
    }

    @Test
    void aBackfillTheApiAsksForRunsOnTheRunnerAndFindsTheNewContactsEarlierMail() {
        var stores = DemoSync.seeded(InMemoryStores.create());
        Adapters adapters = new Adapters(DemoSync.source(), new RecordingDrafts(), new RecordingOutboundMail("smtp"),
                null, null, null);
        AppConfig config = AppConfig.from(env("CRM_FUND_DOMAINS", "northwind.vc,northwind-capital.com"));
        Contact someone = Contact.of("Someone", "someone@randomco.com");
        Application app = Application.wire(config, stores, new InMemoryApiTokens(), adapters, Clock.systemUTC(), () -> { });
        app.useCases().sync().sync(Mailbox.of(DemoFund.ALICE));
        stores.contacts().add(someone);

        app.apiContext().backfills().request(MailSearch.forAddresses(List.of(EmailAddress.of("someone@randomco.com"))));
        app.close();

        assertThat(stores.proposals().pending(PendingQuery.firstPage(10).forContact(someone.id())).items()).hasSize(1);
    }

    @Test
    void withoutGmailOrSmtpCaptureAndTheDigestSayWhatToConfigure() {
        Adapters adapters = Adapters.from(AppConfig.from(env()), Clock.systemUTC());

        assertThatThrownBy(() -> adapters.source().changes(Mailbox.of("alice@northwind.vc"),
                dev.fundcrm.domain.model.Checkpoint.START, 10)).isInstanceOf(CaptureException.class)
                .hasMessageContaining("set CRM_GOOGLE_CREDENTIALS");
        assertThatThrownBy(() -> adapters.preferred().send(null)).isInstanceOf(DeliveryException.class)
                .hasMessageContaining("CRM_GOOGLE_CREDENTIALS or SMTP_HOST");
        assertThat(adapters.fallbackOrNull()).isNull();
        assertThat(adapters.sentMailCheckOrNull()).isNull();
    }

    @Test
    void gmailIsPreferredForTheDigestWithSmtpAsTheFallbackAndOneClientFeedsEverything() {
        try (FakeGmail fake = FakeGmail.start()) {
            Adapters adapters = Adapters.from(AppConfig.from(env("CRM_GOOGLE_CREDENTIALS", fake.serviceAccountKeyJson(),
                    "CRM_GMAIL_ROOT_URL", fake.rootUrl(), "CRM_GOOGLE_TOKEN_URI", fake.tokenUri().toString(),
                    "SMTP_HOST", "localhost")), Clock.systemUTC());

            assertThat(adapters.source()).isInstanceOf(GmailMailboxSource.class);
            assertThat(adapters.preferred()).isInstanceOf(GmailOutboundMail.class);
            assertThat(adapters.fallbackOrNull()).isInstanceOf(SmtpOutboundMail.class);
            assertThat(adapters.sentMailCheckOrNull()).isNotNull();
            assertThat(adapters.gmail().orElseThrow().clientId()).isEqualTo(fake.serviceAccount().clientId());
        }
    }

    @Test
    void smtpAloneCarriesTheDigest() {
        Adapters adapters = Adapters.from(AppConfig.from(env("SMTP_HOST", "localhost")), Clock.systemUTC());

        assertThat(adapters.preferred()).isInstanceOf(SmtpOutboundMail.class);
        assertThat(adapters.fallbackOrNull()).isNull();
    }
}
