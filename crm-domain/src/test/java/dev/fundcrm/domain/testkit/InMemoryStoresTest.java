package dev.fundcrm.domain.testkit;

import static dev.fundcrm.domain.testkit.MessageFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.Stores;
import org.junit.jupiter.api.Test;

final class InMemoryStoresTest {

    @Test
    void everyCallGivesFreshIndependentStores() {
        Stores first = InMemoryStores.create();
        Stores second = InMemoryStores.create();
        ParsedMessage message = message("anna@fund.example", "m1");

        first.messages().storeContent(message.key(), message);
        first.messages().recordSighting(message.key(), message.ref(), Disposition.CAPTURED);

        assertThat(second.messages().hasContent(message.key())).isFalse();
        assertThat(first.messages().hasContent(message.key())).isTrue();
    }

    @Test
    void transactionsRunTheWorkAndReturnItsResult() {
        Stores stores = InMemoryStores.create();

        String result = stores.transactions().inTransaction(() -> {
            stores.blocklist().add(BlockEntry.parse("@spam.example"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(stores.blocklist().entries()).hasSize(1);
    }
}
