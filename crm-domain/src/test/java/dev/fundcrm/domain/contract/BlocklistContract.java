package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.port.out.Blocklist;
import dev.fundcrm.domain.port.out.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Blocklist} promises: idempotent adds, removal that says whether it removed, and entries in
 * the binary order of their keys ({@code @domain} entries first; in PostgreSQL that needs {@code COLLATE "C"}).
 */
public abstract class BlocklistContract {

    private Blocklist blocklist;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        blocklist = newStores().blocklist();
    }

    @Test
    void addingAnEntryTwiceKeepsOne() {
        blocklist.add(BlockEntry.parse("spam@news.example"));
        blocklist.add(BlockEntry.parse("Spam@News.example"));

        assertThat(blocklist.entries()).containsExactly(BlockEntry.parse("spam@news.example"));
    }

    @Test
    void listsEntriesByKey() {
        blocklist.add(BlockEntry.parse("zed@acme.example"));
        blocklist.add(BlockEntry.parse("@news.example"));
        blocklist.add(BlockEntry.parse("anna@acme.example"));

        assertThat(blocklist.entries()).extracting(BlockEntry::key)
                .containsExactly("@news.example", "anna@acme.example", "zed@acme.example");
    }

    @Test
    void removingSaysWhetherTheEntryWasThere() {
        blocklist.add(BlockEntry.parse("@news.example"));
        blocklist.add(BlockEntry.parse("spam@acme.example"));

        assertThat(blocklist.remove(BlockEntry.parse("@NEWS.example"))).isTrue();
        assertThat(blocklist.remove(BlockEntry.parse("@news.example"))).isFalse();
        assertThat(blocklist.remove(BlockEntry.parse("other@acme.example"))).isFalse();
        assertThat(blocklist.entries()).containsExactly(BlockEntry.parse("spam@acme.example"));
    }

    @Test
    void anAddressAndItsDomainAreSeparateEntries() {
        blocklist.add(BlockEntry.parse("spam@news.example"));
        blocklist.add(BlockEntry.parse("@news.example"));

        assertThat(blocklist.entries()).hasSize(2);
    }
}
