package dev.fundcrm.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Checkpoint;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GmailCheckpointTest {

    @Test
    void eachStageReadsBackAsItWasWritten() {
        GmailCheckpoint listing = new GmailCheckpoint.Listing(BigInteger.valueOf(10_234), 2_000, "tok:en/with=odd+chars");
        GmailCheckpoint history = new GmailCheckpoint.History(new BigInteger("98765432109876543210"), null);
        GmailCheckpoint historyPage = new GmailCheckpoint.History(BigInteger.TEN, "page:2");

        assertThat(listing.checkpoint().value()).isEqualTo("full:10234:2000:tok:en/with=odd+chars");
        assertThat(GmailCheckpoint.parse(listing.checkpoint())).isEqualTo(listing);
        assertThat(GmailCheckpoint.parse(history.checkpoint())).isEqualTo(history);
        assertThat(GmailCheckpoint.parse(historyPage.checkpoint())).isEqualTo(historyPage);
        assertThat(GmailCheckpoint.parse(Checkpoint.START)).isEqualTo(new GmailCheckpoint.Start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbox:4711", "full:1:2", "full:1:2:", "full:x:2:t", "history:", "history:-3",
            "history:12:", "12"})
    void anythingElseIsNotAGmailCheckpoint(String value) {
        assertThatThrownBy(() -> GmailCheckpoint.parse(new Checkpoint(value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a Gmail checkpoint");
    }
}
