package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.port.out.ApiTokens;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokens} promises: a token is found by its hash until its user's tokens are revoked. */
public abstract class ApiTokensContract {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final ApiUser ANNA = new ApiUser(EmailAddress.of("anna@fund.example"), Role.ADMIN);
    private static final ApiUser BEN = new ApiUser(EmailAddress.of("ben@fund.example"), Role.MEMBER);

    private ApiTokens tokens;

    /** A fresh, empty token store. */
    protected abstract ApiTokens newApiTokens();

    @BeforeEach
    void freshStore() {
        tokens = newApiTokens();
    }

    @Test
    void findsTheUserAndRoleOfAStoredToken() {
        String hash = ApiToken.hash(ApiToken.issue().reveal());
        tokens.add(hash, ANNA, NOW);

        assertThat(tokens.find(hash)).contains(ANNA);
        assertThat(tokens.find(ApiToken.hash("fcrm_unknown"))).isEmpty();
    }

    @Test
    void refusesTheSameHashTwice() {
        String hash = ApiToken.hash("fcrm_one");
        tokens.add(hash, ANNA, NOW);

        assertThatThrownBy(() -> tokens.add(hash, BEN, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.find(hash)).contains(ANNA);
    }

    @Test
    void revokingAUsersTokensLeavesOtherUsersTokens() {
        String first = ApiToken.hash("fcrm_anna_1");
        String second = ApiToken.hash("fcrm_anna_2");
        String bens = ApiToken.hash("fcrm_ben");
        tokens.add(first, ANNA, NOW);
        tokens.add(second, ANNA, NOW);
        tokens.add(bens, BEN, NOW);

        assertThat(tokens.revokeAll(EmailAddress.of("Anna@Fund.example"), NOW)).isEqualTo(2);
        assertThat(tokens.revokeAll(ANNA.user(), NOW)).isZero();

        assertThat(tokens.find(first)).isEmpty();
        assertThat(tokens.find(second)).isEmpty();
        assertThat(tokens.find(bens)).contains(BEN);
    }

    @Test
    void issuedTokensDifferAndHashToSixtyFourHexDigits() {
        String one = ApiToken.issue().reveal();
        String two = ApiToken.issue().reveal();

        assertThat(one).startsWith("fcrm_").isNotEqualTo(two);
        assertThat(ApiToken.hash(one)).matches("[0-9a-f]{64}").isNotEqualTo(ApiToken.hash(two))
                .isEqualTo(ApiToken.hash(one));
    }
}
