package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.gmail.fake.FakeGmail;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * A fake Gmail on virtual time, its service account granted {@code gmail.readonly} and {@code gmail.compose},
 * and the adapter's {@link DelegatedGmail} pointed at it exactly as production is configured: the key file's
 * JSON, the root URL and the token URI. Close it to stop the fake.
 */
final class GmailTestbed implements AutoCloseable {

    static final String ANNA = "anna@fund.example";
    static final String BEN = "ben@fund.example";

    private final VirtualTime time = new VirtualTime();
    private final FakeGmail fake = FakeGmail.start(time.clock());
    private final GmailSettings settings;
    private final DelegatedGmail gmail;

    GmailTestbed() {
        this(UnaryOperator.identity());
    }

    /** With settings changed from the defaults (after the endpoints are pointed at the fake). */
    GmailTestbed(UnaryOperator<GmailSettings> adjust) {
        fake.grant(fake.serviceAccount().clientId(), GmailScopes.GMAIL_READONLY, GmailScopes.GMAIL_COMPOSE);
        settings = adjust.apply(GmailSettings.defaults(Secret.of(fake.serviceAccountKeyJson()))
                .withEndpoints(URI.create(fake.rootUrl()), fake.tokenUri()));
        gmail = DelegatedGmail.connect(settings, time.clock(), time);
    }

    FakeGmail fake() {
        return fake;
    }

    VirtualTime time() {
        return time;
    }

    GmailSettings settings() {
        return settings;
    }

    DelegatedGmail gmail() {
        return gmail;
    }

    /** Another adapter on the same fake and time, with other settings (e.g. a closed root URL). */
    DelegatedGmail gmail(UnaryOperator<GmailSettings> adjust) {
        return DelegatedGmail.connect(adjust.apply(settings), time.clock(), time);
    }

    @Override
    public void close() {
        fake.close();
    }
}
