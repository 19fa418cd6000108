package dev.fundcrm.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's HTTP side without a browser, for what a real one hides: cookie attributes, redirects, and
 * requests a page would never send (no CSRF token). Keeps the session cookie it is given; follows no redirect.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" (?:content|value)=\"([^\"]+)\"");

    private final ReviewFixture fixture;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session = "";

    PageClient(ReviewFixture fixture) {
        this.fixture = fixture;
    }

    /** Opens the sign-in form and posts the token with the form's CSRF token; the response of the post. */
    HttpResponse<String> signIn(String token) {
        String form = get("/sign-in").body();
        return post("/sign-in", Map.of("token", token, "csrf", csrfIn(form)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(fixture.url(path))).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, "text/html");
    }

    /** A form post as the review script sends it: the answer is a small JSON result. */
    HttpResponse<String> postForJson(String path, Map<String, String> form) {
        return post(path, form, "application/json");
    }

    /** A form post for the script with a body already encoded (a field may repeat: {@code id=1&id=2}). */
    HttpResponse<String> postForJson(String path, String encodedForm) {
        return post(path, encodedForm, "application/json");
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String accept) {
        return post(path, form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")), accept);
    }

    private HttpResponse<String> post(String path, String body, String accept) {
        return send(HttpRequest.newBuilder(URI.create(fixture.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token a page carries. */
    static String csrfIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page: " + html);
        }
        return matcher.group(1);
    }

    String sessionCookie() {
        return session;
    }

    void useSessionCookie(String value) {
        session = value;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!session.isEmpty()) {
            request.header("Cookie", SessionGuard.COOKIE + "=" + session);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(SessionGuard.COOKIE + "="))
                    .forEach(cookie -> session = cookie.substring(SessionGuard.COOKIE.length() + 1, cookie.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
