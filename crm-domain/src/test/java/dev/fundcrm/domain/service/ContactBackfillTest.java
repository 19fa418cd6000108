package dev.fundcrm.domain.service;

import static dev.fundcrm.domain.testkit.MessageFixtures.full;
import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static dev.fundcrm.domain.testkit.MessageFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.in.BackfillContact;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryMailboxSource;
import dev.fundcrm.domain.testkit.InMemoryStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactBackfillTest {

    private static final Mailbox ANNA = Mailbox.of("anna@fund.example");
    private static final Mailbox BEN = Mailbox.of("ben@fund.example");
    private static final BackfillContact.Command LENA = new BackfillContact.Command(
            MailSearch.forAddresses(List.of(EmailAddress.of("lena@lp.example"))));

    private final Stores stores = InMemoryStores.create();
    private final InMemoryMailboxSource source = new InMemoryMailboxSource();
    private final MailboxSync sync = new MailboxSync(source, stores,
            new MessageTriage(FundDomains.of("fund.example"), stores.contacts()),
            Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC), 2);
    private final BackfillContact backfill = new ContactBackfill(sync, stores);

    @BeforeEach
    void mailFromLenaBeforeSheIsAContact() {
        stores.mailboxes().register(MailboxAccount.of(ANNA.address().value()));
        stores.mailboxes().register(MailboxAccount.of(BEN.address().value()));
        for (int i = 1; i <= 3; i++) {
            source.add(message(ANNA.address().value(), "lena" + i));
            source.add(full(ref(ANNA.address().value(), "other" + i)).from(Participant.of("max@else.example")).build());
        }
        source.add(message(BEN.address().value(), "lena4"));
        sync.sync(ANNA);
        sync.sync(BEN);
    }

    @Test
    void aNewContactsEarlierMailBecomesProposalsWithoutMovingAnyCheckpoint() {
        Checkpoint annas = stores.mailboxes().state(ANNA).checkpoint();
        assertThat(stores.proposals().countPending()).isZero();
        stores.contacts().add(Contact.of("Lena Partner", "lena@lp.example"));

        Map<Mailbox, SyncOutcome> outcomes = backfill.backfill(LENA);

        assertThat(outcomes).containsOnlyKeys(ANNA, BEN);
        assertThat(report(outcomes.get(ANNA)).listed()).isEqualTo(3);
        assertThat(report(outcomes.get(ANNA)).proposalsCreated()).isEqualTo(3);
        assertThat(report(outcomes.get(BEN)).proposalsCreated()).isEqualTo(1);
        assertThat(stores.proposals().countPending()).isEqualTo(4);
        assertThat(stores.mailboxes().state(ANNA).checkpoint()).isEqualTo(annas);
        assertThat(source.fullFetches()).isEqualTo(4);
    }

    @Test
    void runningItAgainCreatesNothing() {
        stores.contacts().add(Contact.of("Lena Partner", "lena@lp.example"));
        backfill.backfill(LENA);

        Map<Mailbox, SyncOutcome> again = backfill.backfill(LENA);

        assertThat(again.values()).allSatisfy(outcome -> assertThat(report(outcome).proposalsCreated()).isZero());
        assertThat(stores.proposals().countPending()).isEqualTo(4);
        assertThat(source.fullFetches()).as("content already stored is not read again").isEqualTo(4);
    }

    private static SyncReport report(SyncOutcome outcome) {
        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        return ((SyncOutcome.Completed) outcome).report();
    }
}
