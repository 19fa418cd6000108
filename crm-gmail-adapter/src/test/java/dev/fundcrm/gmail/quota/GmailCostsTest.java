package dev.fundcrm.gmail.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GmailCostsTest {

    @Test
    void theDefaultIsTheTableOfProjectsCreatedSinceMay2026() {
        assertThat(GmailCosts.named("")).isEqualTo(GmailCosts.since2026());
        assertThat(GmailCosts.since2026()).extracting(GmailCosts::unitsPerUserPerMinute, GmailCosts::messagesGet)
                .containsExactly(6_000, 20);
    }

    @Test
    void legacyProjectsKeepTheOldTable() {
        assertThat(GmailCosts.named("legacy")).extracting(GmailCosts::unitsPerUserPerMinute, GmailCosts::messagesGet)
                .containsExactly(15_000, 5);
    }

    @Test
    void anUnknownTableIsRefusedWithTheAcceptedNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> GmailCosts.named("2025"))
                .withMessageContaining("2026").withMessageContaining("legacy");
    }
}
