package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SecretTest {

    private record Config(String host, Secret password) {
    }

    @Test
    void aSecretNeverPrintsItsValue() {
        Secret password = Secret.of("hunter2");

        assertThat(password).hasToString("***");
        assertThat(new Config("smtp.example", password).toString()).doesNotContain("hunter2").contains("***");
        assertThat(String.format("password=%s", password)).isEqualTo("password=***");
    }

    @Test
    void revealGivesTheValueAndMatchesComparesIt() {
        Secret token = Secret.of("t0k3n");

        assertThat(token.reveal()).isEqualTo("t0k3n");
        assertThat(token.matches("t0k3n")).isTrue();
        assertThat(token.matches("t0k3m")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token).isEqualTo(Secret.of("t0k3n")).isNotEqualTo(Secret.of("other"));
    }

    @Test
    void anEmptySecretIsRefusedWithoutEchoingAnything() {
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of("")).withMessage("a secret can't be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of(null));
    }
}
