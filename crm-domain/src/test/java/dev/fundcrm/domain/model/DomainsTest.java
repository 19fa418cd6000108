package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Acme.COM,               acme.com",
            "'  acme.com  ',         acme.com",
            "bücher.example,         xn--bcher-kva.example",
            "BÜCHER.example,         xn--bcher-kva.example",
            "xn--bcher-kva.example,  xn--bcher-kva.example",
    })
    void asciiLowerCasesAndPunycodes(String domain, String ascii) {
        assertThat(Domains.ascii(domain)).isEqualTo(ascii);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", ".acme.com", "acme.com.", "-acme.com", "acme-.com", "ac_me.com", "ac me.com"})
    void asciiRejectsWhatIsNoDomainName(String domain) {
        assertThatIllegalArgumentException().isThrownBy(() -> Domains.ascii(domain)).withMessageContaining("domain");
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "acme.com, acme.com,      true",
            "acme.com, eu.acme.com,   true",
            "acme.com, notacme.com,   false",
            "acme.com, acme.com.io,   false",
    })
    void coversTheDomainAndItsSubdomainsOnly(String parent, String candidate, boolean covers) {
        assertThat(Domains.covers(parent, candidate)).isEqualTo(covers);
    }
}
