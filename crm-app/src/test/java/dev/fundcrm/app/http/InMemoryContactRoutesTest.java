package dev.fundcrm.app.http;

import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryApiTokens;
import dev.fundcrm.domain.testkit.InMemoryStores;

class InMemoryContactRoutesTest extends ContactRoutesContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }

    @Override
    protected ApiTokens tokens() {
        return new InMemoryApiTokens();
    }
}
