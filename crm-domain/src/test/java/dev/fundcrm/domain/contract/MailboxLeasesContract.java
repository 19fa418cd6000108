package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.port.out.MailboxLeases;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MailboxLeases} promises: one holder at a time, expiry, renewal, release. */
public abstract class MailboxLeasesContract {

    private static final Mailbox ANNA = Mailbox.of("anna@fund.example");
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(5);

    private MailboxLeases leases;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        Stores stores = newStores();
        stores.mailboxes().register(MailboxAccount.of(ANNA.toString()));
        leases = stores.leases();
    }

    @Test
    void aFreeMailboxIsClaimedAndThenRefusedToOthers() {
        assertThat(leases.claim(ANNA, "instance-a", T0, TTL)).isTrue();

        assertThat(leases.claim(ANNA, "instance-b", T0.plusSeconds(1), TTL)).isFalse();
        assertThat(leases.claim(ANNA, "instance-b", T0.plus(TTL).minusMillis(1), TTL)).isFalse();
    }

    @Test
    void anExpiredLeaseIsTakenOver() {
        leases.claim(ANNA, "crashed", T0, TTL);

        assertThat(leases.claim(ANNA, "instance-b", T0.plus(TTL), TTL)).isTrue();
        assertThat(leases.claim(ANNA, "crashed", T0.plus(TTL).plusSeconds(1), TTL))
                .as("the old holder lost it").isFalse();
    }

    @Test
    void theHolderExtendsItsLease() {
        leases.claim(ANNA, "instance-a", T0, TTL);

        assertThat(leases.claim(ANNA, "instance-a", T0.plus(Duration.ofMinutes(4)), TTL)).isTrue();
        assertThat(leases.claim(ANNA, "instance-b", T0.plus(Duration.ofMinutes(6)), TTL))
                .as("extended to minute 9").isFalse();
    }

    @Test
    void releasingFreesTheMailboxButOnlyForItsHolder() {
        leases.claim(ANNA, "instance-a", T0, TTL);

        leases.release(ANNA, "instance-b");
        assertThat(leases.claim(ANNA, "instance-b", T0.plusSeconds(1), TTL)).isFalse();

        leases.release(ANNA, "instance-a");
        assertThat(leases.claim(ANNA, "instance-b", T0.plusSeconds(2), TTL)).isTrue();
    }

    @Test
    void ofManyConcurrentClaimsExactlyOneWins() {
        java.util.concurrent.atomic.AtomicInteger names = new java.util.concurrent.atomic.AtomicInteger();
        List<Boolean> claimed = Concurrently.run(20,
                () -> leases.claim(ANNA, "instance-" + names.incrementAndGet(), T0, TTL));

        assertThat(claimed).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @Test
    void anUnregisteredMailboxCannotBeClaimed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> leases.claim(Mailbox.of("nobody@fund.example"), "instance-a", T0, TTL));
    }
}
