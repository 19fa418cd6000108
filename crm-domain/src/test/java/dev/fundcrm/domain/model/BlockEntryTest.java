package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockEntryTest {

    private static boolean blocks(String entry, String address) {
        return BlockEntry.parse(entry).blocks(EmailAddress.of(address));
    }

    @Test
    void anAtSignMakesADomainEntry() {
        BlockEntry entry = BlockEntry.parse("  @Acme.COM ");

        assertThat(entry).isEqualTo(new BlockEntry.Domain("acme.com"));
        assertThat(entry.key()).isEqualTo("@acme.com");
    }

    @Test
    void anAddressMakesAnAddressEntryKeyedByItsCanonicalForm() {
        BlockEntry entry = BlockEntry.parse("Jane@Acme.com");

        assertThat(entry).isInstanceOf(BlockEntry.Address.class);
        assertThat(entry.key()).isEqualTo("jane@acme.com");
    }

    @ParameterizedTest(name = "{0} blocks {1}: {2}")
    @CsvSource({
            "@acme.com,              jane@acme.com,                true",
            "@acme.com,              jane@eu.ACME.com,             true",
            "@acme.com,              jane@notacme.com,             false",
            "@acme.com,              jane@acme.com.evil.example,   false",
            "@eu.acme.com,           jane@acme.com,                false",
            "@bücher.example,        jane@xn--bcher-kva.example,   true",
            "@xn--bcher-kva.example, jane@shop.bücher.example,     true",
    })
    void aDomainEntryCoversItsSubdomains(String entry, String address, boolean blocked) {
        assertThat(blocks(entry, address)).isEqualTo(blocked);
    }

    @ParameterizedTest(name = "{0} blocks {1}: {2}")
    @CsvSource({
            "jane@acme.com,   JANE@acme.com,         true",
            "jane@acme.com,   jane+news@acme.com,    true",
            "jane@gmail.com,  J.A.N.E@googlemail.com, true",
            "jane@acme.com,   j.ane@acme.com,        false",
            "jane@acme.com,   bob@acme.com,          false",
            "jane@acme.com,   jane@eu.acme.com,      false",
    })
    void anAddressEntryMatchesByNormalizedForm(String entry, String address, boolean blocked) {
        assertThat(blocks(entry, address)).isEqualTo(blocked);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"", "@", "@-acme.com", "acme.com", "jane@"})
    void whatIsNeitherAnAddressNorADomainIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BlockEntry.parse(text));
    }
}
