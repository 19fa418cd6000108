package dev.fundcrm.app.http;

import dev.fundcrm.app.sync.SyncControl;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.BackfillRequests;
import dev.fundcrm.domain.port.out.DigestWriter;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;

/**
 * What the admin API needs from the composition root: the use cases and the stores they share, the API's
 * tokens, the fund's settings, the clock (token throttling, digest days), the sync runner, the digest writer
 * the daily digest uses (for its preview), and the metrics registry {@code /metrics} scrapes (the sync
 * runner may record into the same registry), and where a contact backfill is asked for when an address or
 * domain is added (the sync runner's workers run it: {@code search -> runner.backfill(new Command(search))}).
 */
public record ApiContext(UseCases useCases, Stores stores, ApiTokens tokens, FundSettings settings, Clock clock,
                         SyncControl sync, DigestWriter digestWriter, PrometheusMeterRegistry metrics,
                         BackfillRequests backfills) {

    public ApiContext {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(digestWriter, "digestWriter");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(backfills, "backfills");
    }
}
