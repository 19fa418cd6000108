package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.ApiTokensContract;
import dev.fundcrm.domain.port.out.ApiTokens;

final class InMemoryApiTokensTest extends ApiTokensContract {

    @Override
    protected ApiTokens newApiTokens() {
        return new InMemoryApiTokens();
    }
}
