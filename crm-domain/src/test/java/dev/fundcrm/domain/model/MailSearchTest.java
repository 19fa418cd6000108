package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailSearchTest {

    @Test
    void domainsAreKeptLowerCaseWithoutTheAt() {
        assertThat(MailSearch.forDomains(List.of("@VC.Example", " lp.example ")).domains())
                .containsExactly("vc.example", "lp.example");
    }

    @Test
    void anEmptySearchOrAMalformedDomainIsRefused() {
        assertThatThrownBy(() -> new MailSearch(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailSearch.forDomains(List.of("vc example} OR from:x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vc example");
        assertThatThrownBy(() -> MailSearch.forDomains(List.of("localhost"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressMatchesByTheMatchingRulesAndADomainOnlyExactly() {
        MailSearch search = new MailSearch(List.of(EmailAddress.of("olga@vc.example")), List.of("lp.example"));

        assertThat(search.matches(EmailAddress.of("Olga+deals@VC.example"))).isTrue();
        assertThat(search.matches(EmailAddress.of("lena@lp.example"))).isTrue();
        assertThat(search.matches(EmailAddress.of("lena@sub.lp.example"))).isFalse();
        assertThat(search.matches(EmailAddress.of("ivan@vc.example"))).isFalse();
    }
}
