package dev.fundcrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a newcomer runs it: the built jar's {@code demo}, on a free port. Waits for its
 * URL and token, polls {@code /health}, lists proposals with the printed token, stops it as Ctrl-C would and
 * checks that it cleaned up. Runs after {@code package} (maven-failsafe-plugin), on the jar itself.
 */
class DemoJarIT {

    private static final long STARTUP_SECONDS = 180;
    private static final Pattern URL = Pattern.compile("URL: +(http://localhost:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Admin token: (fcrm_\\S+)");
    private static final Pattern DATA = Pattern.compile("Data: +(\\S+) ");

    private final List<String> output = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process demo;

    @AfterEach
    void stop() {
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly();
        }
    }

    @Test
    void theJarsDemoServesProposalsWithThePrintedTokenAndCleansUpOnStop() throws Exception {
        Path jar = Path.of(System.getProperty("fundcrm.jar", "target/crm-app.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "demo", "--port", "0").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CRM_") || name.startsWith("SMTP_"));
        demo = builder.start();
        Thread reader = new Thread(this::readOutput, "demo-output");
        reader.setDaemon(true);
        reader.start();

        String url = awaitLine(URL);
        String token = awaitLine(TOKEN);
        String data = awaitLine(DATA);

        assertThat(pollHealth(url).statusCode()).isEqualTo(200);
        HttpResponse<String> proposals = get(url + "/api/proposals?limit=10", token);
        assertThat(proposals.statusCode()).as(String.join("\n", output)).isEqualTo(200);
        assertThat(proposals.body()).contains("\"items\":[{");
        assertThat(get(url + "/api/proposals", null).statusCode()).isEqualTo(401);

        demo.destroy();
        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("the demo stops on SIGTERM").isTrue();
        assertThat(Files.exists(Path.of(data))).as("the demo's temporary database is deleted").isFalse();
        assertThat(String.join("\n", output)).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.add(line);
                lines.add(line);
            }
        } catch (java.io.IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }

    /** The first group of the first line (from now on) that matches; fails if the demo prints none in time. */
    private String awaitLine(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        for (String line; (line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the demo printed no line matching " + pattern + ":\n" + String.join("\n", output));
    }

    /** GET /health until the server answers (it is up once the URL is printed; the retries cover a slow start). */
    private HttpResponse<String> pollHealth(String url) throws Exception {
        ConnectException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return get(url + "/health", null);
            } catch (ConnectException e) {
                last = e;
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw last;
    }

    private HttpResponse<String> get(String url, String tokenOrNull) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (tokenOrNull != null) {
            request.header("Authorization", "Bearer " + tokenOrNull);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
