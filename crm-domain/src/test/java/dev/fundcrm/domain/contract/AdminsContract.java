package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.port.out.Admins;
import dev.fundcrm.domain.port.out.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Admins} promises: activation is idempotent (addresses compare canonically), and the
 * active admins keep the order they were first made admin in, through deactivation and reactivation.
 */
public abstract class AdminsContract {

    private static final EmailAddress ANNA = EmailAddress.of("anna@fund.example");
    private static final EmailAddress BEN = EmailAddress.of("ben@fund.example");
    private static final EmailAddress CARL = EmailAddress.of("carl@fund.example");

    private Admins admins;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        admins = newStores().admins();
    }

    @Test
    void thereAreNoAdminsAtFirst() {
        assertThat(admins.active()).isEmpty();
    }

    @Test
    void activatingTwiceMakesOneAdmin() {
        admins.activate(ANNA);
        admins.activate(EmailAddress.of("Anna@Fund.example"));

        assertThat(admins.active()).containsExactly(ANNA);
    }

    @Test
    void listsActiveAdminsInTheOrderTheyWereFirstMadeAdmin() {
        admins.activate(CARL);
        admins.activate(ANNA);
        admins.activate(BEN);

        assertThat(admins.active()).containsExactly(CARL, ANNA, BEN);
    }

    @Test
    void aDeactivatedAdminIsNotActiveAndKeepsItsPlaceWhenReactivated() {
        admins.activate(CARL);
        admins.activate(ANNA);
        admins.activate(BEN);

        admins.deactivate(CARL);
        assertThat(admins.active()).containsExactly(ANNA, BEN);

        admins.activate(CARL);
        assertThat(admins.active()).containsExactly(CARL, ANNA, BEN);
    }

    @Test
    void deactivatingAnUnknownAddressIsIgnored() {
        admins.activate(ANNA);

        admins.deactivate(BEN);

        assertThat(admins.active()).containsExactly(ANNA);
    }
}
