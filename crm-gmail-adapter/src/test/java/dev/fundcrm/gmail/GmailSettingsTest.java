package dev.fundcrm.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.gmail.quota.GmailCosts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmailSettingsTest {

    private static final String KEY = "{\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\"}";

    @TempDir
    Path folder;

    @Test
    void theDefaultsAreGooglesEndpointsThe2026TableAndBatchesOf25() {
        GmailSettings settings = GmailSettings.defaults(Secret.of(KEY));

        assertThat(settings.rootUrl()).isEqualTo(URI.create("https://gmail.googleapis.com/"));
        assertThat(settings.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
        assertThat(settings.costs()).isEqualTo(GmailCosts.since2026());
        assertThat(settings.batchSize()).isEqualTo(25);
        assertThat(settings.backfillQuery()).isEqualTo("newer_than:365d -in:chats -in:spam -in:trash");
        assertThat(settings.listPageSize()).isEqualTo(500);
    }

    @Test
    void itsTextShowsEverythingButTheKey() {
        String text = GmailSettings.defaults(Secret.of(KEY)).toString();

        assertThat(text).contains("serviceAccountKey=***", "batchSize=25", "https://gmail.googleapis.com/")
                .doesNotContain("PRIVATE KEY", "service_account");
    }

    @Test
    void theKeyIsTheJsonItselfOrTheFileItNames() throws IOException {
        Path file = Files.writeString(folder.resolve("key.json"), KEY);

        assertThat(GmailSettings.serviceAccountKey("  " + KEY + "\n").reveal()).isEqualTo(KEY);
        assertThat(GmailSettings.serviceAccountKey(file.toString()).reveal()).isEqualTo(KEY);
        assertThatThrownBy(() -> GmailSettings.serviceAccountKey(folder.resolve("missing.json").toString()))
                .hasMessage("cannot read the service-account key file '" + folder.resolve("missing.json")
                        + "' (NoSuchFileException)");
        assertThatThrownBy(() -> GmailSettings.serviceAccountKey(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyThatIsNoServiceAccountKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> DelegatedGmail.connect(GmailSettings.defaults(Secret.of(KEY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the service-account key is not a Google service account's JSON key file")
                .hasNoCause();
    }

    @Test
    void batchesHoldAtMost50CallsAndPagesAtMost500() {
        GmailSettings settings = GmailSettings.defaults(Secret.of(KEY));

        assertThat(settings.withBatchSize(50).batchSize()).isEqualTo(50);
        assertThatThrownBy(() -> settings.withBatchSize(51)).hasMessage("the Gmail batch size is 1 to 50, was 51");
        assertThatThrownBy(() -> settings.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GmailSettings(Secret.of(KEY), settings.rootUrl(), settings.tokenUri(),
                settings.costs(), 25, "", 501, settings.retryPolicy(), settings.connectTimeout(), settings.readTimeout()))
                .hasMessage("the list page size is 1 to 500, was 501");
    }

    @Test
    void urlsAreHttpAndTheRootEndsWithASlash() {
        GmailSettings settings = GmailSettings.defaults(Secret.of(KEY))
                .withEndpoints(URI.create("http://127.0.0.1:8080"), URI.create("http://127.0.0.1:8080/token"));

        assertThat(settings.rootUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThatThrownBy(() -> settings.withEndpoints(URI.create("file:///etc/passwd"), settings.tokenUri()))
                .hasMessage("the Gmail root URL must be an http(s) URL, was 'file:///etc/passwd'");
    }

    @Test
    void theBackfillQueryIsOneLineAndTimeoutsArePositive() {
        GmailSettings settings = GmailSettings.defaults(Secret.of(KEY));

        assertThat(settings.withBackfillQuery(null).backfillQuery()).isEmpty();
        assertThatThrownBy(() -> settings.withBackfillQuery("in:inbox\nfrom:x"))
                .hasMessage("the backfill query must be one line without control characters");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("the Gmail connect timeout must be positive, was PT0S");
    }
}
