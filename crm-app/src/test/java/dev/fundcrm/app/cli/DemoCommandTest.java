package dev.fundcrm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

    private static HttpResponse<String> get(String url, String tokenOrNull) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (tokenOrNull != null) {
            request.header("Authorization", "Bearer " + tokenOrNull);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoImportsTheFundsMailPrintsAnAdminTokenAndCleansUpWhenStopped() throws Exception {
        Shutdown shutdown = Shutdown.manual();
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(new Launch(Map.of(), Clock.systemUTC(), false, shutdown));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        CompletableFuture<Integer> demo = CompletableFuture.supplyAsync(() -> cli.execute("demo", "--port", "0"));
        assertThat(shutdown.awaitReady(120)).as("the demo started").isTrue();
        String printed = out.toString();
        Matcher url = Pattern.compile("URL: +(http://localhost:\\d+)\\n").matcher(printed);
        Matcher token = Pattern.compile("Admin token: (fcrm_\\S+)\\n").matcher(printed);
        assertThat(url.find() && token.find()).as(printed).isTrue();
        HttpResponse<String> health = get(url.group(1) + "/health", null);
        HttpResponse<String> proposals = get(url.group(1) + "/api/proposals?limit=5", token.group(1));
        HttpResponse<String> anonymous = get(url.group(1) + "/api/proposals", null);
        HttpResponse<String> metrics = get(url.group(1) + "/metrics", token.group(1));
        HttpResponse<String> signIn = get(url.group(1) + "/sign-in", null);
        shutdown.stop();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(proposals.statusCode()).isEqualTo(200);
        assertThat(proposals.body()).contains("\"items\"", "\"nextCursor\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(signIn.statusCode()).as("the review pages are served").isEqualTo(200);
        assertThat(signIn.body()).contains("API token");
        assertThat(printed).contains("Review:      " + url.group(1) + "/inbox");
        // The import's two syncs, and the scheduler's first tick at start may have run too.
        assertThat(metrics.body()).containsPattern("fundcrm_syncs_total\\{outcome=\"completed\"} [234]\\.0")
                .contains("fundcrm_sync_proposals_total 93.0");

        assertThat(demo.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(printed).contains("alice@northwind.vc: done: 129 messages listed",
                "bob@northwind.vc: done: 124 messages listed");
        assertThat(printed).containsPattern("\\n\\d{2,} proposals wait for review")
                .containsPattern("Admin token: fcrm_[A-Za-z0-9_-]{43}\\n");
        Matcher data = Pattern.compile("Data: +(\\S+) ").matcher(printed);
        assertThat(data.find()).isTrue();
        assertThat(Files.exists(Path.of(data.group(1)))).as("the demo's directory is deleted").isFalse();
    }
}
